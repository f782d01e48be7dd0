import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nestPageHtml } from '../../../src/features/print/nest-page-html.ts';
import { rehypeDemoteHeadings } from '../../../src/features/print/rehype-demote-headings.ts';
import { rehypePrefixIds } from '../../../src/features/print/rehype-prefix-ids.ts';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import { unified, type PluggableList } from 'unified';

/** Runs rendered HTML through the plugins, as `nestPageHtml` does. */
const transform = (html: string, plugins: PluggableList) => {
	const processor = unified().use(plugins).use(rehypeStringify);
	return processor.stringify(processor.runSync(fromHtml(html, { fragment: true })) as Root);
};
const prefixed = (html: string) => transform(html, [[rehypePrefixIds, { prefix: 'iam' }]]);

describe('rehypePrefixIds', () => {
	test('prefixes ids and the same-page links to them', () => {
		assert.equal(
			prefixed('<h2 id="sources">Sources</h2><p>See <a href="#sources">sources</a>.</p>'),
			'<h2 id="iam--sources">Sources</h2><p>See <a href="#iam--sources">sources</a>.</p>',
		);
	});

	test('leaves links to other pages, and fragments that are not ids of the page, alone', () => {
		assert.equal(
			prefixed(
				'<h2 id="a">A</h2><p><a href="../ddos/#a">x</a> <a href="#_top">y</a> <a href="https://aws.amazon.com/#a">z</a></p>',
			),
			'<h2 id="iam--a">A</h2><p><a href="../ddos/#a">x</a> <a href="#_top">y</a> <a href="https://aws.amazon.com/#a">z</a></p>',
		);
	});

	test('rewrites ARIA id references, and fragments written percent-encoded', () => {
		assert.equal(
			prefixed(
				'<p id="note">Note</p><button aria-describedby="note other">B</button><a href="#%C3%A9t%C3%A9">x</a><h3 id="été">Été</h3>',
			),
			'<p id="iam--note">Note</p><button aria-describedby="iam--note other">B</button><a href="#iam--été">x</a><h3 id="iam--été">Été</h3>',
		);
	});

	test('leaves the ids inside inline SVG, which its CSS and url(#…) references use', () => {
		const svg =
			'<figure id="f"><svg id="dgm-1" aria-labelledby="t-dgm-1"><title id="t-dgm-1">T</title></svg></figure>';
		assert.equal(
			prefixed(svg),
			'<figure id="iam--f"><svg id="dgm-1" aria-labelledby="t-dgm-1"><title id="t-dgm-1">T</title></svg></figure>',
		);
	});
});

describe('rehypeDemoteHeadings', () => {
	test("moves headings and Starlight's wrapper level down one, never below h6", () => {
		assert.equal(
			transform(
				'<div class="sl-heading-wrapper level-h2"><h2 id="a">A</h2></div><h3>B</h3><h6>C</h6>',
				[rehypeDemoteHeadings],
			),
			'<div class="sl-heading-wrapper level-h3"><h3 id="a">A</h3></div><h4>B</h4><h6>C</h6>',
		);
	});
});

describe('nestPageHtml', () => {
	test('prefixes ids and demotes headings in rendered HTML, keeping SVG styles intact', () => {
		const html =
			'<div class="sl-heading-wrapper level-h2"><h2 id="sources">Sources</h2><a class="sl-anchor-link" href="#sources">#</a></div><svg id="d"><style>#d .a>b{fill:red}</style></svg>';
		assert.equal(
			nestPageHtml(html, 'ddos'),
			'<div class="sl-heading-wrapper level-h3"><h3 id="ddos--sources">Sources</h3><a class="sl-anchor-link" href="#ddos--sources">#</a></div><svg id="d"><style>#d .a>b{fill:red}</style></svg>',
		);
	});
});
