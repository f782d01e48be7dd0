import assert from 'node:assert/strict';
import { test } from 'node:test';
import { selectorForMatching } from '../../../src/features/critical-css/match-selector.ts';

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
