import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { pageOfFile } from '../../lib/page-of-file.ts';
import { findHeading, type SiteIndex } from '../../lib/site-index.ts';
import { resolveInternalHref } from '../../lib/urls.ts';

export interface RehypeLinkPreviewsOptions {
	/** Every page of the site with its headings and their first sentences. */
	index: SiteIndex;
	/** Absolute path of `src/content/docs`, to tell which page a file is. */
	docsDir: string;
}

/**
 * Gives each link to another section of the site the target's heading and first sentences, which
 * the popover shows on hover and focus (like Wikipedia's page previews). Links that already carry
 * a preview, such as glossary terms, keep theirs.
 */
export function rehypeLinkPreviews(options: RehypeLinkPreviewsOptions) {
	return (tree: Root, file: VFile) => {
		const page = pageOfFile(file, options.docsDir);
		if (page === undefined) return;
		visit(tree, 'element', (node) => {
			if (node.tagName !== 'a' || typeof node.properties['href'] !== 'string') return;
			if (node.properties['dataPreviewTitle'] !== undefined) return;
			const target = resolveInternalHref(page, node.properties['href']);
			const entry = target && options.index.get(target.page);
			if (!target || !entry) return;
			if (target.page === page && !target.fragment) return;
			const heading = findHeading(options.index, target);
			const title = heading ? `${entry.title} › ${heading.text}` : entry.title;
			const text = heading?.summary || entry.description;
			if (!text) return;
			node.properties['dataPreviewTitle'] = title;
			node.properties['dataPreviewText'] = text;
		});
	};
}
