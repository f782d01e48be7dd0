import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sectionKey, sitePreviews } from '../../../src/features/links/link-previews.ts';
import { testSite } from '../../support/unit-site.ts';

test("every section's preview is its page and heading with its first sentences, by page and id", () => {
	const { sections } = sitePreviews(testSite(), []);
	assert.deepEqual(
		sections[sectionKey({ page: 'organizations', fragment: 'service-control-policies-scps' })],
		[
			'AWS Organizations › Service control policies (SCPs)',
			'SCPs set the maximum permissions. They never grant.',
		],
	);
	assert.deepEqual(sections['organizations#'], [
		'AWS Organizations',
		'Many accounts, one organization.',
	]);
});

test("a term's preview is its name with its acronym, and its definition", () => {
	const { terms } = sitePreviews(testSite(), [
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
