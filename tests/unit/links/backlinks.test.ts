import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backlinksTo } from '../../../src/features/links/backlinks.ts';
import { testSite } from '../../support/unit-site.ts';

test('lists each section of another page that links to a page, once', () => {
	assert.deepEqual(backlinksTo(testSite(), 'iam'), [
		{
			page: 'organizations',
			pageTitle: 'AWS Organizations',
			section: 'consolidated-billing',
			sectionText: 'Consolidated billing',
		},
	]);
	assert.deepEqual(backlinksTo(testSite(), 'organizations'), [
		{
			page: 'iam',
			pageTitle: 'Users, permissions and access',
			section: 'how-iam-evaluates-a-request',
			sectionText: 'How IAM evaluates a request',
		},
	]);
});

test('has nothing for a page no other page links to', () => {
	assert.deepEqual(backlinksTo(testSite(), 'glossary'), []);
});
