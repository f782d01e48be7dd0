import type { Definition, Link, Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { pageOfFile } from '../../lib/page-of-file.ts';
import { hasTarget, type SiteIndex } from '../../lib/site-index.ts';
import { failAt, removedLeadingLines } from '../../lib/source-position.ts';
import { resolveInternalHref } from '../../lib/urls.ts';

export interface RemarkInternalLinksOptions {
	/** Every page of the site with its heading ids, from `buildSiteIndex()`. */
	index: SiteIndex;
	/** Absolute path of `src/content/docs`, to tell which page a file is. */
	docsDir: string;
	/** Reads a page's original text, so errors in `.md` pages point at the right line. @default none */
	readSource?: (path: string) => string | undefined;
}

/**
 * Checks every link a page writes to another page of the site (Markdown links, definitions and
 * JSX `href`s). A missing page, a missing `#fragment` or a root-relative link fails the build at
 * the link. `term:` links are the glossary's (remark-term-links); other schemes are left alone.
 */
export function remarkInternalLinks(options: RemarkInternalLinksOptions) {
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
				check(node, (node as Link | Definition).url);
			}
			if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				const href = node.attributes.find(
					(a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'href',
				)?.value;
				if (typeof href === 'string') check(node, href);
			}
			return undefined;
		});
	};
}
