import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toHtml } from 'hast-util-to-html';
import { ThemeMismatchError, themedSvg } from '../../../src/features/diagrams/themed-svg.ts';

const svg = (fill: string, stroke: string, text = 'A') =>
	`<svg id="d-0" viewBox="0 0 10 10" style="max-width: 10px;"><style>#d-0 .node rect{fill:${fill};stroke:${stroke};}#d-0 .label{color:rgb(1, 2, 3);}</style><g><rect fill="${fill}" stroke="${stroke}" width="4" height="4"></rect><text>${text}</text></g></svg>`;

const merged = (light: string, dark: string) => toHtml(themedSvg(light, dark), { space: 'svg' });

describe('themedSvg', () => {
	test('keeps colours both themes share and turns each differing pair into one custom property', () => {
		const html = merged(svg('#ffffff', '#000000'), svg('#17181c', '#000000'));
		assert.match(html, /#d-0 \.node rect\{fill:var\(--dc0\);stroke:#000000;\}/);
		assert.match(html, /#d-0 \.label\{color:rgb\(1, 2, 3\);\}/);
		assert.match(
			html,
			/^<svg id="d-0"[^>]*><style>#d-0\{--dc0:#17181c\}:root\[data-theme='light'\] #d-0\{--dc0:#ffffff\}@media print\{:root #d-0\{--dc0:#ffffff\}\}/,
		);
	});

	test('moves a differing colour attribute into the style, where var() works', () => {
		const html = merged(svg('#ffffff', '#000000'), svg('#17181c', '#eeeeee'));
		assert.match(
			html,
			/<rect width="4" height="4" style="fill: var\(--dc0\); stroke: var\(--dc1\)">/,
		);
		assert.doesNotMatch(html, /<rect[^>]* fill=/);
	});

	test('gives the same pair of colours the same property everywhere', () => {
		const html = merged(svg('#ffffff', '#000000'), svg('#17181c', '#000000'));
		assert.equal(html.match(/--dc1/g), null);
		assert.equal(html.match(/var\(--dc0\)/g)?.length, 2);
	});

	test('fails when the drawings differ in anything but colour', () => {
		assert.throws(
			() => themedSvg(svg('#fff', '#000', 'A'), svg('#111', '#000', 'B')),
			(error) =>
				error instanceof ThemeMismatchError && /differ in the text of <text>/.test(error.message),
		);
		assert.throws(
			() => themedSvg(svg('#fff', '#000'), svg('#fff', '#000').replace('width="4"', 'width="5"')),
			(error) =>
				error instanceof ThemeMismatchError && /differ in the width of <rect>/.test(error.message),
		);
		assert.throws(
			() =>
				themedSvg(
					svg('#fff', '#000'),
					svg('#fff', '#000').replace('{fill:#fff;', '{fill:#fff;opacity:1;'),
				),
			(error) => error instanceof ThemeMismatchError && /differ in the <style>/.test(error.message),
		);
	});

	test('fails on a drawing with no svg id to scope its colours to', () => {
		assert.throws(() => themedSvg('<svg></svg>', '<svg></svg>'), ThemeMismatchError);
	});
});
