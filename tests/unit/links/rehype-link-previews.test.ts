import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { rehypeLinkPreviews } from '../../../src/features/links/rehype-link-previews.ts';
import { renderMarkdown } from '../../support/markdown.ts';
import { DOCS_DIR, testSite } from '../../support/unit-site.ts';

const render = (markdown: string) =>
	renderMarkdown(markdown, {
		rehype: [[rehypeLinkPreviews, { index: testSite(), docsDir: DOCS_DIR }]],
		path: `${DOCS_DIR}/iam.md`,
	});

describe('rehypeLinkPreviews', () => {
	test('marks a link to a section or page that has a preview and only the mark goes in the page', async () => {
		assert.equal(
			await render('[SCPs](../organizations/#service-control-policies-scps)'),
			'<p><a href="../organizations/#service-control-policies-scps" data-preview="">SCPs</a></p>',
		);
		assert.equal(
			await render('[Orgs](../organizations/)'),
			'<p><a href="../organizations/" data-preview="">Orgs</a></p>',
		);
	});

	test("a link within the page carries its preview's key, which /all-topics/ needs once it rewrites the href", async () => {
		assert.equal(
			await render('[trust](#trust-policy)'),
			'<p><a href="#trust-policy" data-preview="iam#trust-policy">trust</a></p>',
		);
	});

	test('leaves glossary terms, which have their preview by term, and links within the page alone', async () => {
		assert.equal(
			await render('<a href="../organizations/" data-term="scp">SCP</a> and [top](#)'),
			'<p><a href="../organizations/" data-term="scp">SCP</a> and <a href="#">top</a></p>',
		);
	});

	test('leaves external links alone', async () => {
		assert.equal(
			await render('[AWS](https://aws.amazon.com/)'),
			'<p><a href="https://aws.amazon.com/">AWS</a></p>',
		);
	});
});
