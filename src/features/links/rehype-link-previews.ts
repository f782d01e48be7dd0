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
 * first sentences, like Wikipedia's page previews) with `data-preview="<page>#<heading id>"`, the
 * key of its preview in `link-previews.json` (link-previews.ts). Glossary terms
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
			// The key, not the href: `/all-topics/` rewrites same-page hrefs to its prefixed ids.
			if (sectionPreview(options.index, target))
				node.properties['dataPreview'] = sectionKey(target);
		});
	};
}
