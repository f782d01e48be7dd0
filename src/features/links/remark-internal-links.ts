import type { Link, Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { pageOfFile } from '../../lib/page-of-file.ts';
import { hasTarget, type SiteIndex } from '../../lib/site-index.ts';
import { failAt, removedLeadingLines } from '../../lib/source-position.ts';
import { relativeHref, resolveInternalHref } from '../../lib/urls.ts';
import type { GlossaryEntry } from '../glossary/glossary-schema.ts';

export interface Options {
	/** Every page of the site with its heading ids, from `buildSiteIndex()`. */
	index: SiteIndex;
	/** The glossary, for `term:` links. */
	glossary: GlossaryEntry[];
	/** Absolute path of `src/content/docs`, to tell which page a file is. */
	docsDir: string;
	/** Reads a page's original text, so errors in `.md` pages point at the right line. @default none */
	readSource?: (path: string) => string | undefined;
}

/**
 * Checks every link a page writes to another page of the site, and turns `[text](term:id)` into a
 * link to the section that explains glossary term `id`. A missing page, a missing `#fragment`, a
 * root-relative link or an unknown term fails the build at the link.
 */
export function remarkInternalLinks(options: Options) {
	const terms = new Map(options.glossary.map((entry) => [entry.id, entry]));
	return (tree: Root, file: VFile) => {
		const page = pageOfFile(file, options.docsDir);
		if (page === undefined) return;
		const offset = removedLeadingLines(file, options.readSource?.(file.path));
		const fail: (node: Node, message: string) => never = (node, message) =>
			failAt(file, node.position?.start ?? { line: 1, column: 1 }, message, offset);

		const check = (node: Node, href: string): void => {
			if (href.startsWith('/')) {
				fail(
					node,
					`"${href}" is root-relative: write a relative link (such as "../iam/") so the site works under any base path`,
				);
			}
			const target = resolveInternalHref(page, href);
			if (!target) return;
			if (!options.index.has(target.page)) {
				fail(node, `"${href}" links to a page that does not exist (/${target.page}/)`);
			}
			if (!hasTarget(options.index, target.page, target.fragment)) {
				const ids = options.index.get(target.page)!.headings.map((h) => h.id);
				fail(
					node,
					`"${href}" links to #${target.fragment}, which is not a heading on /${target.page}/. Headings there: ${ids.join(', ')}`,
				);
			}
		};

		visit(tree, (node) => {
			if (node.type === 'link' || node.type === 'definition') {
				const link = node as Link;
				if (link.url.startsWith('term:')) return resolveTerm(link);
				check(node, link.url);
			}
			if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				const href = node.attributes.find(
					(a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'href',
				)?.value;
				if (typeof href === 'string') check(node, href);
			}
			return undefined;
		});

		function resolveTerm(link: Link): void {
			const id = link.url.slice('term:'.length);
			const entry = terms.get(id);
			if (!entry) {
				fail(
					link,
					`unknown glossary term "${id}" in "${link.url}": add it to src/data/glossary.json or use a known id`,
				);
			}
			const [targetPage = '', fragment = ''] = entry.target.split('#');
			link.url = relativeHref(page!, targetPage, fragment);
			link.data = {
				...link.data,
				hProperties: {
					className: ['asn-term'],
					dataTerm: entry.id,
					dataPreviewTitle: entry.acronym ? `${entry.term} (${entry.acronym})` : entry.term,
					dataPreviewText: entry.definition,
				},
			};
		}
	};
}
