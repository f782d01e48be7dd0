import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { remarkInternalLinks } from '../../../src/features/links/remark-internal-links.ts';
import { renderError, renderMarkdown, type PipelineOptions } from '../../support/markdown.ts';
import { DOCS_DIR, testSite } from '../../support/unit-site.ts';

const plugins: PipelineOptions = {
	remark: [[remarkInternalLinks, { index: testSite(), docsDir: DOCS_DIR }]],
	path: `${DOCS_DIR}/iam.md`,
};

describe('remarkInternalLinks', () => {
	test('leaves valid links to pages, sections and the outside world as they are', async () => {
		const html = await renderMarkdown(
			'[a](../organizations/) [b](../organizations/#consolidated-billing) [c](#iam-roles) [d](https://aws.amazon.com/)',
			plugins,
		);
		assert.equal(
			html,
			'<p><a href="../organizations/">a</a> <a href="../organizations/#consolidated-billing">b</a> <a href="#iam-roles">c</a> <a href="https://aws.amazon.com/">d</a></p>',
		);
	});

	test('fails on a link to a page that does not exist, at the link', async () => {
		const message = await renderError('Intro.\n\nSee [billing](../billing/).', plugins);
		assert.equal(
			message,
			'src/content/docs/iam.md:3:5: "../billing/" links to a page that does not exist (/billing/)',
		);
	});

	test('fails on a link to a missing #fragment and lists the headings there', async () => {
		const message = await renderError('See [SCPs](../organizations/#scps).', plugins);
		assert.equal(
			message,
			'src/content/docs/iam.md:1:5: "../organizations/#scps" links to #scps, which is not a heading on /organizations/. Headings there: service-control-policies-scps, consolidated-billing',
		);
	});

	test('fails on a missing fragment on the same page', async () => {
		assert.match(
			await renderError('[x](#iam-rolez)', plugins),
			/iam\.md:1:1: "#iam-rolez" links to #iam-rolez, which is not a heading on \/iam\//,
		);
	});

	test('fails on a root-relative link, which would break under a base path', async () => {
		assert.match(
			await renderError('[x](/organizations/)', plugins),
			/iam\.md:1:1: "\/organizations\/" is root-relative/,
		);
	});

	test('leaves term: links to the glossary plugin', async () => {
		assert.equal(
			await renderMarkdown('[SCPs](term:scp)', plugins),
			'<p><a href="term:scp">SCPs</a></p>',
		);
	});

	test('checks links written as definitions', async () => {
		assert.match(
			await renderError('See [billing][b].\n\n[b]: ../billing/', plugins),
			/iam\.md:3:1: "\.\.\/billing\/" links to a page that does not exist/,
		);
	});

	test('ignores files outside the docs folder', async () => {
		const html = await renderMarkdown('[x](../nope/)', {
			...plugins,
			path: '/elsewhere/readme.md',
		});
		assert.equal(html, '<p><a href="../nope/">x</a></p>');
	});
});
