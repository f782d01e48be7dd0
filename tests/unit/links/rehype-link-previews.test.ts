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
	test("gives a section link the target's page, heading and first sentences", async () => {
		assert.equal(
			await render('[SCPs](../organizations/#service-control-policies-scps)'),
			'<p><a href="../organizations/#service-control-policies-scps" data-preview-title="AWS Organizations › Service control policies (SCPs)" data-preview-text="SCPs set the maximum permissions. They never grant.">SCPs</a></p>',
		);
	});

	test('gives a page link the page title and description', async () => {
		assert.match(
			await render('[Orgs](../organizations/)'),
			/data-preview-title="AWS Organizations" data-preview-text="Many accounts, one organization\."/,
		);
	});

	test('leaves external links alone', async () => {
		assert.equal(
			await render('[AWS](https://aws.amazon.com/)'),
			'<p><a href="https://aws.amazon.com/">AWS</a></p>',
		);
	});
});
