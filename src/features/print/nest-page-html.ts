import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { rehypeDemoteHeadings } from './rehype-demote-headings.ts';
import { rehypePrefixIds } from './rehype-prefix-ids.ts';
import { rehypeDropSelfCheck } from '../self-check/rehype-drop-self-check.ts';

/**
 * A page's rendered content, ready to sit under a section heading of another page: ids prefixed
 * with `prefix--` (same-page links follow), headings one level down, and without its self-check.
 */
export function nestPageHtml(html: string, prefix: string): string {
	const processor = unified()
		.use(rehypeDropSelfCheck)
		.use(rehypePrefixIds, { prefix })
		.use(rehypeDemoteHeadings)
		.use(rehypeStringify);
	const tree = processor.runSync(fromHtml(html, { fragment: true })) as Root;
	return processor.stringify(tree);
}
