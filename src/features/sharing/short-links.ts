import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { findHeading, type SiteIndex } from '../../lib/site-index.ts';
import { parseTarget, sitePath, withTrailingSlash } from '../../lib/urls.ts';
import type { GlossaryEntry } from '../glossary/glossary-schema.ts';

/** The redirect page for one term: meta refresh (no JavaScript needed), a script, and a link. */
function shortLinkHtml(
	entry: GlossaryEntry,
	target: string,
	canonical: string,
	label: string,
): string {
	const page = h(null, [
		{ type: 'doctype' },
		h('html', { lang: 'en' }, [
			h('head', [
				h('meta', { charSet: 'utf-8' }),
				h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
				h('title', `${entry.term}: AWS Security Notes`),
				h('meta', { name: 'robots', content: 'noindex' }),
				h('link', { rel: 'canonical', href: canonical }),
				h('meta', { httpEquiv: 'refresh', content: `0; url=${target}` }),
				h('script', { src: '../redirect.js', dataTarget: target }),
			]),
			h('body', [h('p', [h('a', { href: target }, `${entry.term}: ${label}`)])]),
		]),
	]);
	return `${toHtml(page)}\n`;
}

/** Follows the page's redirect at once; a file, not inline, so a strict CSP needs no hash. */
const REDIRECT_JS = `location.replace(document.currentScript.dataset.target);\n`;

/**
 * Writes `/go/<id>/` for every glossary term after the build: a redirect to the section that
 * explains it, fragment included, with and without JavaScript. Kept out of Astro's routes so the
 * sitemap and search index list only real pages.
 */
export function shortLinks(options: {
	glossary: GlossaryEntry[];
	index: SiteIndex;
}): AstroIntegration {
	let base = '/';
	let site = 'http://localhost:4321';
	return {
		name: 'asn:short-links',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = withTrailingSlash(config.base);
				site = config.site ?? site;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = join(fileURLToPath(dir), 'go');
				await mkdir(root, { recursive: true });
				await writeFile(join(root, 'redirect.js'), REDIRECT_JS);
				for (const entry of options.glossary) {
					const section = parseTarget(entry.target);
					const target = sitePath(base, section);
					const label = findHeading(options.index, section)?.text ?? entry.term;
					await mkdir(join(root, entry.id), { recursive: true });
					await writeFile(
						join(root, entry.id, 'index.html'),
						shortLinkHtml(entry, target, new URL(target, site).href, label),
					);
				}
				logger.info(`${options.glossary.length} short links written to ${base}go/`);
			},
		},
	};
}
