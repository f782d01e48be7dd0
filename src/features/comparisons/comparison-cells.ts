import type { PhrasingContent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/** A cell's text as inline Markdown, or what keeps it from being one line of inline Markdown. */
export function parseCell(cell: string): { nodes: PhrasingContent[]; problem?: string } {
	const tree = parser.parse(cell) as Root;
	const [only, ...rest] = tree.children;
	if (only?.type !== 'paragraph' || rest.length > 0 || /\n/.test(cell)) {
		return {
			nodes: [],
			problem:
				'a cell is one line of inline Markdown (text, `code`, **bold**, links): no lists, headings or line breaks',
		};
	}
	return { nodes: only.children };
}
