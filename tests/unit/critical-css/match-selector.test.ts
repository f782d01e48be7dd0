import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
	couldMatch,
	pageNames,
	selectorForMatching,
} from '../../../src/features/critical-css/match-selector.ts';

test("keeps Astro's scoping as plain classes, compound by compound", () => {
	assert.equal(
		selectorForMatching('.sidebar:where(.astro-abc) .item:where(.astro-abc)'),
		'.sidebar.astro-abc .item.astro-abc',
	);
	assert.equal(
		selectorForMatching(':where(.astro-abc)[data-has-sidebar]'),
		'.astro-abc[data-has-sidebar]',
	);
});

test('reads states and pseudo-elements as "any"', () => {
	assert.equal(selectorForMatching('a:hover'), 'a');
	assert.equal(selectorForMatching('.copy::before'), '.copy');
	assert.equal(selectorForMatching('li:nth-child(2n + 1) > a:focus-visible'), 'li > a');
	assert.equal(
		selectorForMatching('html:not([data-has-toc]) .right-sidebar'),
		'html .right-sidebar',
	);
	assert.equal(selectorForMatching('.card:has(> img:hover)'), '.card');
});

test('a list inside :is() or :where() matches any element there', () => {
	assert.equal(selectorForMatching(':is(h1, h2) a'), '* a');
	assert.equal(
		selectorForMatching('.sl-markdown-content :not(a, strong) + :not(a, strong)'),
		'.sl-markdown-content * + *',
	);
	assert.equal(selectorForMatching(':where(.a, .b) > p'), '* > p');
	assert.equal(selectorForMatching('::selection'), '*');
});

test('leaves attribute values, quotes and escapes alone', () => {
	assert.equal(selectorForMatching('a[href^="https:"]:hover'), 'a[href^="https:"]');
	assert.equal(selectorForMatching('[data-x=":is(a, b)"]'), '[data-x=":is(a, b)"]');
	assert.equal(selectorForMatching('.w-1\\:2:hover'), '.w-1\\:2');
});

test('fails on a selector it cannot read, rather than guessing', () => {
	assert.throws(() => selectorForMatching('.a:is(.b'), /Unbalanced/);
});

describe('a selector that names what the page lacks', () => {
	const page = pageNames(
		'<html class="dark"><body><main id="content" class="sl-markdown-content  wide"><p class="a-b">x</p></main></body></html>',
	);
	const could = (selector: string) => couldMatch(selectorForMatching(selector), page);

	test('reads every class and id of the page', () => {
		assert.deepEqual([...page.classes].sort(), ['a-b', 'dark', 'sl-markdown-content', 'wide']);
		assert.deepEqual([...page.ids], ['content']);
	});

	test('cannot match when any compound names an absent class or id', () => {
		assert.equal(could('.sl-markdown-content .expressive-code pre'), false);
		assert.equal(could('#search-dialog .result'), false);
		assert.equal(could('.dark .wide.missing'), false);
	});

	test('may match when every name is on the page, or is only in what matching drops', () => {
		assert.equal(could('.dark .sl-markdown-content > .a-b'), true);
		assert.equal(could('main#content p'), true);
		assert.equal(could('.wide:not(.missing) p:hover'), true);
		assert.equal(could('p'), true);
	});

	test('leaves names in attribute values and CSS escapes unchecked', () => {
		assert.equal(could('a[href$=".missing"]'), true);
		assert.equal(could('.md\\:missing'), true);
	});
});
