import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
	lastmodFromVerified,
	staleVerifiedPages,
} from '../../../src/features/sources/verified-dates.ts';
import { indexPage, type SiteIndex } from '../../../src/lib/site-index.ts';

const page = (slug: string, verified?: string) =>
	indexPage(
		slug,
		`${process.cwd()}/src/content/docs/${slug}.mdx`,
		`---\ntitle: ${slug}\n${verified ? `verified: ${verified}\n` : ''}---\n\nText.\n`,
	);
const site = (...pages: ReturnType<typeof page>[]): SiteIndex =>
	new Map(pages.map((entry) => [entry.slug, entry]));

describe('staleVerifiedPages', () => {
	const today = new Date('2026-12-02T10:00:00Z');

	test('warns about a page checked more than 180 days ago, at the line of its date', () => {
		assert.deepEqual(staleVerifiedPages(site(page('iam', '2026-06-01')), today), [
			'src/content/docs/iam.mdx:3: verified 2026-06-01, 184 days ago: re-check the page against its sources and update `verified` (docs/authoring.md, "Re-verify a page").',
		]);
	});

	test('is quiet about a page checked 180 days ago or less, and about pages without a date', () => {
		assert.deepEqual(staleVerifiedPages(site(page('iam', '2026-06-05'), page('index')), today), []);
	});
});

describe('lastmodFromVerified', () => {
	const serialize = lastmodFromVerified(site(page('iam', '2026-12-01'), page('index')), '/notes/');

	test("gives a page's sitemap entry the day it was verified", () => {
		assert.equal(serialize({ url: 'https://example.com/notes/iam/' }).lastmod, '2026-12-01');
	});

	test('leaves pages without a date, and addresses outside the base, without one', () => {
		assert.equal(serialize({ url: 'https://example.com/notes/' }).lastmod, undefined);
		assert.equal(serialize({ url: 'https://example.com/other/iam/' }).lastmod, undefined);
	});
});
