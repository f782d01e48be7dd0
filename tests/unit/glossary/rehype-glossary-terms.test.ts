import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import rehypeRaw from 'rehype-raw';
import { rehypeGlossaryTerms } from '../../../src/features/glossary/rehype-glossary-terms.ts';
import { renderMarkdown } from '../../support/markdown.ts';
import { DOCS_DIR, scpTerm, term } from '../../support/unit-site.ts';

const glossary = [scpTerm, term({ id: 'iam-role', term: 'IAM role', target: 'iam#iam-roles' })];
const render = (markdown: string, page = 'iam') =>
	// rehype-raw first, as in Astro's pipelines, so inline HTML is elements by the time terms are linked.
	renderMarkdown(markdown, {
		rehype: [rehypeRaw, [rehypeGlossaryTerms, { glossary, docsDir: DOCS_DIR }]],
		path: `${DOCS_DIR}/${page}.md`,
	});
const links = (html: string) =>
	[...html.matchAll(/<a [^>]*data-term="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map(
		(m) => `${m[1]}:${m[2]}`,
	);

describe('rehypeGlossaryTerms', () => {
	test('links a term to its section with the definition for the popover', async () => {
		const html = await render('## Limits\n\nSCPs limit accounts.');
		assert.match(
			html,
			/<a class="asn-term" href="\.\.\/organizations\/#service-control-policies-scps" data-term="scp">SCPs<\/a> limit accounts\./,
		);
	});

	test('links only the first occurrence in each section', async () => {
		const html = await render(
			'## One\n\nAn SCP, another SCP.\n\n### Two\n\nA third SCP.\n\nA fourth SCP.',
		);
		assert.deepEqual(links(html), ['scp:SCP', 'scp:SCP']);
		assert.match(html, /another SCP\./);
	});

	test('never links inside headings, code, existing links or diagrams', async () => {
		const html = await render(
			'## SCP basics\n\n`SCP` and [SCP](https://example.com) and <figure>SCP</figure>\n\n```\nSCP\n```',
		);
		assert.deepEqual(links(html), []);
	});

	test('does not link a term from the section that explains it', async () => {
		const html = await render(
			'## IAM roles\n\nAn IAM role is assumed.\n\n## Other\n\nAn IAM role again.',
		);
		assert.deepEqual(links(html), ['iam-role:IAM role']);
		assert.match(html, /<h2>Other<\/h2>\n<p>An <a class="asn-term" href="#iam-roles"/);
	});

	test('leaves the glossary page itself alone', async () => {
		assert.deepEqual(links(await render('An SCP.', 'glossary')), []);
	});
});
