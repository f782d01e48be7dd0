import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { SELF_CHECK_ID } from './self-check-html.ts';

/** Whether an element is a self-check's heading (or Starlight's wrapper around it) or its questions. */
function isSelfCheck(node: Element): boolean {
	if (node.properties['dataAsnSelfCheck'] !== undefined) return true;
	if (/^h[1-6]$/.test(node.tagName)) return node.properties['id'] === SELF_CHECK_ID;
	return (
		node.tagName === 'div' &&
		node.children.some(
			(child) =>
				child.type === 'element' &&
				/^h[1-6]$/.test(child.tagName) &&
				child.properties['id'] === SELF_CHECK_ID,
		)
	);
}

/**
 * Removes a page's self-check, heading and questions: the study sheet (/all-topics/) prints the
 * topics' text, and the questions are practised on the pages themselves and on /study/.
 */
export function rehypeDropSelfCheck() {
	return (tree: Root) => {
		visit(tree, 'element', (node, index, parent) => {
			if (!parent || index === undefined || !isSelfCheck(node)) return undefined;
			parent.children.splice(index, 1);
			return [SKIP, index];
		});
	};
}
