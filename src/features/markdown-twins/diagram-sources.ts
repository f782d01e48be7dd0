import type { Code } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { ACC_TITLE } from '../diagrams/remark-mermaid.ts';
import type { DiagramSource } from './html-to-markdown.ts';

/** The Mermaid diagrams of an MDX page's source, in page order, with their titles. */
export function diagramSources(mdx: string): DiagramSource[] {
	// A page without the word has no Mermaid block, and most pages have none: skip the MDX parse.
	if (!mdx.includes('mermaid')) return [];
	const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx);
	const found: DiagramSource[] = [];
	visit(tree, 'code', (node: Code) => {
		if (node.lang !== 'mermaid') return;
		found.push({ title: node.value.match(ACC_TITLE)?.[1]?.trim() ?? '', source: node.value });
	});
	return found;
}
