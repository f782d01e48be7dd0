import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { remarkTermLinks } from '../../../src/features/glossary/remark-term-links.ts';
import { remarkInternalLinks } from '../../../src/features/links/remark-internal-links.ts';
import { renderError, renderMarkdown, type PipelineOptions } from '../../support/markdown.ts';
import { DOCS_DIR, scpTerm, testSite } from '../../support/unit-site.ts';

const plugins: PipelineOptions = {
	remark: [[remarkTermLinks, { glossary: [scpTerm], docsDir: DOCS_DIR }]],
	path: `${DOCS_DIR}/iam.md`,
};

describe('remarkTermLinks', () => {
	test('turns a term: link into a relative link to the explaining section, with its definition', async () => {
		const html = await renderMarkdown('Limits come from [SCPs](term:scp).', plugins);
		assert.equal(
			html,
			'<p>Limits come from <a href="../organizations/#service-control-policies-scps" class="asn-term" data-term="scp">SCPs</a>.</p>',
		);
	});

	test('fails on an unknown glossary term', async () => {
		assert.match(
			await renderError('Use [OU](term:ou).', plugins),
			/^src\/content\/docs\/iam\.md:1:5: unknown glossary term "ou" in "term:ou"/,
		);
	});

	test('resolves term: definitions too', async () => {
		const html = await renderMarkdown('Limits come from [SCPs][s].\n\n[s]: term:scp', plugins);
		assert.match(html, /<a href="\.\.\/organizations\/#service-control-policies-scps">SCPs<\/a>/);
	});

	test('the links it writes pass the link checker that runs after it', async () => {
		const html = await renderMarkdown('Limits come from [SCPs](term:scp).', {
			...plugins,
			remark: [
				...(plugins.remark ?? []),
				[remarkInternalLinks, { index: testSite(), docsDir: DOCS_DIR }],
			],
		});
		assert.match(html, /href="\.\.\/organizations\/#service-control-policies-scps"/);
	});

	test('ignores files outside the docs folder', async () => {
		const html = await renderMarkdown('[x](term:nope)', {
			...plugins,
			path: '/elsewhere/readme.md',
		});
		assert.equal(html, '<p><a href="term:nope">x</a></p>');
	});
});
