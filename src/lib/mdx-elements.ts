import type { Paragraph, Parent, Root, RootContent } from 'mdast';
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

/**
 * Whether a JSX element found anywhere in the tree stands alone at the root: a root child, or the
 * only thing (but blank text) in a root-level paragraph.
 */
export function standsAloneAtRoot(
	tree: Root,
	node: JsxElement,
	parent: Parent | undefined,
): boolean {
	return (
		parent === tree ||
		(parent?.type === 'paragraph' &&
			tree.children.includes(parent as RootContent) &&
			(parent as Paragraph).children.every(
				(child) => child === node || (child.type === 'text' && !child.value.trim()),
			))
	);
}
