import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { pageOfFile } from '../../lib/page-of-file.ts';
import type { SiteIndex } from '../../lib/site-index.ts';
import { resolveInternalHref } from '../../lib/urls.ts';
import { sectionKey, sectionPreview } from './link-previews.ts';

export interface RehypeLinkPreviewsOptions {
	/** Every page of the site with its headings and their first sentences. */
	index: SiteIndex;
	/** Absolute path of `src/content/docs`, to tell which page a file is. */
	docsDir: string;
}

/**
 * Marks each link to another section of the site that has a preview (the target's heading and
 * first sentences, like Wikipedia's page previews) with `data-preview`; the popover finds the
 * preview in its target page's file (link-previews.ts) by the link's target, or, for a link within
 * the page, by the key it carries (`data-preview="<page>#<heading id>"`). Glossary terms
 * (`data-term`) have theirs by term.
 */
export function rehypeLinkPreviews(options: RehypeLinkPreviewsOptions) {
	return (tree: Root, file: VFile) => {
		const page = pageOfFile(file, options.docsDir);
		if (page === undefined) return;
		visit(tree, 'element', (node) => {
			if (node.tagName !== 'a' || typeof node.properties['href'] !== 'string') return;
			if (node.properties['dataTerm'] !== undefined) return;
			const target = resolveInternalHref(page, node.properties['href']);
			if (!target || (target.page === page && !target.fragment)) return;
			if (!sectionPreview(options.index, target)) return;
			// A link within the page carries its preview's key: `/all-topics/` rewrites such hrefs to
			// its prefixed ids. Any other link's href gives the key.
			node.properties['dataPreview'] = target.page === page ? sectionKey(target) : '';
		});
	};
}
