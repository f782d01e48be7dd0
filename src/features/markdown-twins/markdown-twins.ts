import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { builtPages, type BuiltPage } from '../../lib/built-pages.ts';
import { longDay } from '../../lib/dates.ts';
import { basePath } from '../../lib/site-config.ts';
import type { SiteIndex } from '../../lib/site-index.ts';
import { diagramSources } from './diagram-sources.ts';
import { pageToMarkdown, TwinError } from './html-to-markdown.ts';
import { LLMS_FULL, LLMS_INDEX } from './twin-paths.ts';

/** One entry of the sidebar, as the built pages show it. */
interface SidebarLink {
	group: string;
	label: string;
	/** Path from the site root, such as `iam/`. */
	path: string;
}

/** A page's twin, written or about to be. */
interface Twin {
	/** Path of the twin file from the site root, such as `iam.md`. */
	file: string;
	/** The page's path from the site root, such as `iam/`. */
	path: string;
	title: string;
	description: string;
	url: string;
	markdown: string;
}

const attribute = (element: Element | undefined, name: string): string | undefined => {
	const value = element?.properties[name];
	return typeof value === 'string' ? value : undefined;
};

/** The twin a built page links to with `<link rel="alternate" type="text/markdown">`, as a path from the site root. */
function linkedTwin(tree: Root, base: string): string | undefined {
	const href = attribute(select('link[rel~="alternate"][type="text/markdown"]', tree), 'href');
	return href?.startsWith(base) ? href.slice(base.length) : href;
}

/** The sidebar's links in order, with their group, read from the first built page that has one. */
function sidebarLinks(pages: BuiltPage[], base: string): SidebarLink[] {
	let sidebar: Element | undefined;
	for (const page of pages) if ((sidebar = select('#starlight__sidebar', page.tree))) break;
	if (!sidebar) throw new AstroError('No built page has a sidebar to take the page order from.');
	return selectAll('details', sidebar).flatMap((group) => {
		const name = toString(select('summary .group-label', group) ?? group).trim();
		return selectAll('a[href]', group).map((link) => ({
			group: name,
			label: toString(link).trim(),
			path: (attribute(link, 'href') ?? '').slice(base.length),
		}));
	});
}

/** The page's slug (its path without slashes) from its path in dist/, such as `iam/index.html`. */
const slugOf = (page: BuiltPage) => page.path.replace(/(^|\/)index\.html$/, '');

/**
 * Writes a Markdown twin of every page that links to one, then `llms.txt` (the home page's twin:
 * one link per page, in sidebar order) and `llms-full.txt` (the study sheet's: every twin in that
 * order, then any page outside the sidebar). Fails the build on a page whose twin cannot be made:
 * a diagram missing from its source, a link to a twin that is not written, a sidebar page
 * without a twin.
 */
export function markdownTwins(options: {
	index: SiteIndex;
	/** The site's one-sentence description, for llms.txt. */
	description: string;
	title: string;
}): AstroIntegration {
	return {
		name: 'asn:markdown-twins',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = await builtPages(root);
				const base = basePath();
				const twins = new Map<string, Twin>();
				let home: BuiltPage | undefined;
				for (const page of pages) {
					const file = linkedTwin(page.tree, base);
					if (!file) continue;
					if (file === LLMS_INDEX) {
						home = page;
						continue;
					}
					if (file === LLMS_FULL) continue;
					const slug = slugOf(page);
					const entry = options.index.get(slug);
					const content = select('.sl-markdown-content', page.tree);
					const url = attribute(select('link[rel="canonical"]', page.tree), 'href');
					if (!entry || !content || !url)
						throw new AstroError(
							`dist/${page.path} links to the Markdown twin /${file}, but ${!entry ? 'it is not a page of src/content/docs' : !content ? 'it has no page content' : 'it has no canonical URL'}.`,
						);
					let markdown: string;
					try {
						const source = await readFile(entry.file, 'utf8');
						markdown = pageToMarkdown(
							content,
							{
								title: entry.title,
								description: entry.description,
								url,
								...(entry.verified
									? { verified: entry.verified, verifiedLong: longDay(entry.verified) }
									: {}),
							},
							diagramSources(source),
						);
					} catch (error) {
						if (error instanceof TwinError)
							throw new AstroError(
								`${relative(process.cwd(), entry.file)}: the Markdown twin cannot be made: ${error.message}.`,
							);
						throw error;
					}
					twins.set(`${slug}/`, {
						file,
						path: `${slug}/`,
						title: entry.title,
						description: entry.description,
						url,
						markdown,
					});
				}
				if (!home)
					throw new AstroError(
						`The home page does not link to /${LLMS_INDEX} as its Markdown version.`,
					);
				const siteUrl = attribute(select('link[rel="canonical"]', home.tree), 'href') ?? '/';
				const order = sidebarLinks(pages, base);
				const listed: Twin[] = [];
				const lines = [
					`# ${options.title}`,
					'',
					`> ${options.description}`,
					'',
					`Study notes on AWS security for AWS Certified Cloud Practitioner and Security – Specialty, each page checked against AWS documentation on the day it gives. Each link below is the Markdown version of one page. Its headings keep their ids, written \`{#id}\`, and \`<page URL>#<id>\` links to that section of the page.`,
				];
				let group = '';
				for (const link of order) {
					if (link.path === 'all-topics/') continue;
					const twin = twins.get(link.path);
					if (!twin)
						throw new AstroError(
							`The sidebar links to /${link.path}, which has no Markdown twin for ${LLMS_INDEX}.`,
							'Every Starlight page gets one from its <link rel="alternate" type="text/markdown">; check src/features/sharing/Head.astro.',
						);
					if (link.group !== group) {
						group = link.group;
						lines.push('', `## ${group}`, '');
					}
					lines.push(`- [${twin.title}](${siteUrl}${twin.file}): ${twin.description}`);
					listed.push(twin);
				}
				// Pages outside the sidebar (reachable only by links) still belong in the index.
				const unlisted = [...twins.values()].filter((twin) => !listed.includes(twin));
				if (unlisted.length > 0) {
					lines.push('', '## Other pages', '');
					for (const twin of unlisted.sort((a, b) => a.path.localeCompare(b.path))) {
						lines.push(`- [${twin.title}](${siteUrl}${twin.file}): ${twin.description}`);
						listed.push(twin);
					}
				}
				lines.push(
					'',
					'## Optional',
					'',
					`- [All topics in one file](${siteUrl}${LLMS_FULL}): every page above, in this order, as one Markdown file (the study sheet at ${siteUrl}all-topics/).`,
				);
				for (const twin of twins.values()) await writeFile(join(root, twin.file), twin.markdown);
				await writeFile(join(root, LLMS_INDEX), `${lines.join('\n')}\n`);
				await writeFile(
					join(root, LLMS_FULL),
					`${listed.map((twin) => twin.markdown.trim()).join('\n\n---\n\n')}\n`,
				);
				logger.info(`${twins.size} Markdown twin(s), ${LLMS_INDEX} and ${LLMS_FULL} written`);
			},
		},
	};
}
