import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options for {@link rehypeDemoteHeadings}. */
export interface RehypeDemoteHeadingsOptions {
	/**
	 * Levels to move each heading down, never below h6.
	 * @default 1
	 */
	by?: number;
}

const LEVEL = /^h([1-6])$/;

/**
 * Moves every heading down a level (h2 → h3, …), with the `level-hN` class of Starlight's heading
 * wrapper, so that a page placed under a section heading of another page (`/all-topics/`) keeps a
 * correct outline.
 */
export function rehypeDemoteHeadings(options: RehypeDemoteHeadingsOptions = {}) {
	const by = options.by ?? 1;
	const demote = (level: number) => Math.min(6, level + by);
	return (tree: Root) => {
		visit(tree, 'element', (element) => {
			const heading = LEVEL.exec(element.tagName);
			if (heading) element.tagName = `h${demote(Number(heading[1]))}`;
			const classes = element.properties['className'];
			if (Array.isArray(classes)) {
				element.properties['className'] = classes.map((name) => {
					const level = /^level-h([1-6])$/.exec(String(name));
					return level ? `level-h${demote(Number(level[1]))}` : name;
				});
			}
		});
	};
}
