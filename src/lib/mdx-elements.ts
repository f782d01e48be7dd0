import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** A JSX element in MDX, on its own lines (flow) or inside a paragraph (text). */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * The `<name>` element a root-level node is: one on its own lines, or alone in its paragraph (as
 * MDX parses `<Tag />` written between two blank lines but followed by text on the same line).
 */
export function rootJsxElement(node: RootContent, name: string): JsxElement | undefined {
	if (node.type === 'mdxJsxFlowElement' && node.name === name) return node;
	if (node.type !== 'paragraph') return undefined;
	const parts = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
	const only = parts[0];
	return parts.length === 1 && only?.type === 'mdxJsxTextElement' && only.name === name
		? only
		: undefined;
}
