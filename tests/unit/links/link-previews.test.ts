import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pagePreviews, termPreviews } from '../../../src/features/links/link-previews.ts';
import { pagePreviewsFile, TERM_PREVIEWS_FILE } from '../../../src/features/links/preview-data.ts';
import { testSite } from '../../support/unit-site.ts';

test("a page's file holds the page's own preview and each section's, its heading with its first sentences", () => {
	const previews = pagePreviews(testSite(), 'organizations');
	assert.deepEqual(previews['service-control-policies-scps'], [
		'AWS Organizations › Service control policies (SCPs)',
		'SCPs set the maximum permissions. They never grant.',
	]);
	assert.deepEqual(previews[''], ['AWS Organizations', 'Many accounts, one organization.']);
	// Only that page's sections: the file a hover fetches stays the size of one page.
	assert.ok(
		Object.keys(previews).every(
			(id) =>
				id === '' ||
				testSite()
					.get('organizations')!
					.headings.some((h) => h.id === id),
		),
	);
});

test('each page has its own file, the home page as index, and nested pages keep their folders', () => {
	assert.equal(pagePreviewsFile('organizations'), 'link-previews/pages/organizations.json');
	assert.equal(pagePreviewsFile(''), 'link-previews/pages/index.json');
	assert.equal(
		pagePreviewsFile('services/guardduty'),
		'link-previews/pages/services/guardduty.json',
	);
	assert.equal(TERM_PREVIEWS_FILE, 'link-previews/terms.json');
});

test('asking for the previews of a page the site does not have is an error, not an empty file', () => {
	assert.throws(() => pagePreviews(testSite(), 'no-such-page'), /No page "no-such-page"/);
});

test("a term's preview is its name with its acronym, and its definition", () => {
	const terms = termPreviews([
		{
			id: 'scp',
			term: 'Service control policy',
			acronym: 'SCP',
			aliases: [],
			definition: 'A policy that sets the maximum permissions of accounts in an organization.',
			target: 'organizations#service-control-policies-scps',
		} as never,
	]);
	assert.deepEqual(terms['scp'], [
		'Service control policy (SCP)',
		'A policy that sets the maximum permissions of accounts in an organization.',
	]);
});
