import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { buildSiteIndex, indexPage } from '../../../src/lib/site-index.ts';
import { compact } from '../../../src/features/search/search-query.ts';
import { QUERIES } from '../../support/search-queries.ts';
import { EXTENDED_QUERIES } from '../../support/search-queries-extended.ts';
import { HELD_OUT_QUERIES } from '../../support/search-queries-held-out.ts';

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
			[...QUERIES, ...EXTENDED_QUERIES, ...HELD_OUT_QUERIES].map(({ query }) => compact(query)),
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
