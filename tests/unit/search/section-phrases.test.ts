import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { buildSiteIndex, indexPage } from '../../../src/lib/site-index.ts';
import remarkMdx from 'remark-mdx';
import {
	compact,
	excerptParts,
	phraseBlock,
	stripPhrases,
	type ExcerptPart,
} from '../../../src/features/search/search-query.ts';
import {
	PHRASE_WEIGHT,
	remarkSearchPhrases,
} from '../../../src/features/search/remark-search-phrases.ts';
import { renderMarkdown } from '../../support/markdown.ts';
import { QUERIES } from '../../support/search-queries.ts';
import { EXTENDED_QUERIES } from '../../support/search-queries-extended.ts';
import { HELD_OUT_QUERIES } from '../../support/search-queries-held-out.ts';
import { HELD_OUT_QUERIES_2 } from '../../support/search-queries-held-out-2.ts';
import { HELD_OUT_QUERIES_3 } from '../../support/search-queries-held-out-3.ts';

const docsDir = fileURLToPath(new URL('../../../src/content/docs/', import.meta.url));

describe('section phrasings ({/* search: … */})', () => {
	test('are read from the comment in a section, for that section', () => {
		const page = indexPage(
			'iam',
			'/site/src/content/docs/iam.mdx',
			'---\ntitle: IAM\n---\n\n## IAM Identity Center\n\n{/* search: workforce sign-in portal; one login for many accounts */}\n\nText.\n\n## Roles\n\nText.\n',
		);
		assert.deepEqual(
			page.headings.map((h) => [h.id, h.phrases]),
			[
				['iam-identity-center', ['workforce sign-in portal', 'one login for many accounts']],
				['roles', undefined],
			],
		);
	});

	test('describe sections: no query of the quality suites appears in them verbatim', () => {
		const queries = new Set(
			[
				...QUERIES,
				...EXTENDED_QUERIES,
				...HELD_OUT_QUERIES,
				...HELD_OUT_QUERIES_2,
				...HELD_OUT_QUERIES_3,
			].map(({ query }) => compact(query)),
		);
		const copied = [...buildSiteIndex(docsDir).values()].flatMap((page) =>
			page.headings.flatMap((heading) =>
				(heading.phrases ?? [])
					.filter((phrase) => queries.has(compact(phrase)))
					.map((phrase) => `${page.slug}#${heading.id}: "${phrase}"`),
			),
		);
		assert.deepEqual(copied, []);
	});
});

describe('remarkSearchPhrases', () => {
	test('puts the phrasings in a hidden span Pagefind weighs, where the comment was', async () => {
		const html = await renderMarkdown(
			'## IAM Identity Center\n\n{/* search: one login; sso portal */}\n\nText.\n\n{/* a note */}\n',
			{ remark: [remarkMdx, remarkSearchPhrases] as never },
		);
		assert.ok(
			html.startsWith(
				`<h2>IAM Identity Center</h2>\n<span hidden class="asn-search-phrases" data-pagefind-weight="${PHRASE_WEIGHT}">one login; sso portal.</span>\n<p>Text.</p>`,
			),
			html,
		);
		// Other comments are no phrasings.
		assert.equal(html.match(/<span/g)?.length, 1);
	});
});

const text = (parts: ExcerptPart[]) =>
	parts.map(({ text, marked }) => (marked ? `[${text}]` : text)).join('');

describe('stripPhrases', () => {
	const block = phraseBlock(['one login for many accounts', 'sso portal']);

	test('drops a whole block from an excerpt, keeping the marks around it', () => {
		const parts = excerptParts(
			'IAM Identity Center. one <mark>login</mark> for many accounts; sso portal. It gives your <mark>workforce</mark> one sign-in.',
		);
		assert.equal(
			text(stripPhrases(parts, block)),
			'IAM Identity Center. It gives your [workforce] one sign-in.',
		);
	});

	test('drops the end of a block an excerpt starts inside, and the start of one it ends inside', () => {
		assert.equal(
			text(stripPhrases(excerptParts('accounts; <mark>sso</mark> portal. Text after it.'), block)),
			'Text after it.',
		);
		assert.equal(
			text(stripPhrases(excerptParts('Text <mark>before</mark>. one login for'), block)),
			'Text [before].',
		);
	});

	test('leaves an excerpt without the block as it is', () => {
		const parts = excerptParts('One login is all it takes: <mark>sso</mark>.');
		assert.deepEqual(stripPhrases(parts, block), parts);
	});
});
