import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Makes every table in page content focusable. Starlight's CSS turns a table into its own sideways
 * scroll box (`display: block; overflow: auto`), which on a phone hides columns that a keyboard
 * reader could otherwise never scroll to (WCAG 2.1.1; axe's `scrollable-region-focusable`). Done in
 * the HTML, not by a script, so it holds without JavaScript too.
 */
export function rehypeFocusableTables() {
	return (tree: Root) => {
		visit(tree, 'element', (element, _index, parent) => {
			if (element.tagName !== 'table') return;
			// A table already inside a focusable scroll region (a comparison table) needs no second stop.
			const inRegion = parent?.type === 'element' && parent.properties['tabIndex'] !== undefined;
			if (!inRegion) element.properties['tabIndex'] = 0;
		});
	};
}
