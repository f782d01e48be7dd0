import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { rehypeProtectSvgStyles } from '../../../src/features/diagrams/rehype-protect-svg-styles.ts';

const run = (tree: Root) => {
	rehypeProtectSvgStyles()(tree);
	return tree;
};

describe('rehypeProtectSvgStyles', () => {
	test('turns the text of a style inside an SVG into one raw node with the same CSS', () => {
		const svg = h('svg', [h('style', ['#d .a>b{fill:red}', ' .c{stroke:blue}']), h('g')]);
		run({ type: 'root', children: [svg] });
		const style = svg.children[0] as Element;
		assert.deepEqual(style.children, [{ type: 'raw', value: '#d .a>b{fill:red} .c{stroke:blue}' }]);
	});

	test('leaves page-level style elements to Astro', () => {
		const style = h('style', ['p{color:red}']);
		run({ type: 'root', children: [style] });
		assert.deepEqual(style.children, [{ type: 'text', value: 'p{color:red}' }]);
	});
});
