import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hasTarget, indexPage, slugOf, summarize } from '../../../src/lib/site-index.ts';
import { testSite } from '../../support/unit-site.ts';

describe('indexPage', () => {
	test('reads the title, the description and heading ids as Astro makes them', () => {
		const page = indexPage(
			'x',
			'x.mdx',
			'---\ntitle: T\ndescription: D.\n---\n\n## Service control policies (SCPs)\n\nText.\n\n## Service control policies (SCPs)\n',
		);
		assert.equal(page.title, 'T');
		assert.equal(page.description, 'D.');
		assert.deepEqual(
			page.headings.map((h) => h.id),
			['service-control-policies-scps', 'service-control-policies-scps-1'],
		);
	});

	test('keeps the first sentences of each section for previews', () => {
		const page = testSite().get('iam')!;
		assert.equal(page.headings[0]!.summary, 'A role has no long-term credentials. It is assumed.');
	});

	test('records each internal link with the section it is written in', () => {
		const links = testSite().get('organizations')!.links;
		assert.deepEqual(links, [
			{ page: 'iam', fragment: 'iam-roles', fromSection: 'consolidated-billing' },
			{ page: 'iam', fragment: 'how-iam-evaluates-a-request', fromSection: 'consolidated-billing' },
		]);
	});
});

describe('hasTarget', () => {
	test('knows pages, heading ids and the built-in #_top', () => {
		const site = testSite();
		assert.equal(hasTarget(site, 'iam'), true);
		assert.equal(hasTarget(site, 'iam', 'trust-policy'), true);
		assert.equal(hasTarget(site, 'iam', '_top'), true);
		assert.equal(hasTarget(site, 'iam', 'nope'), false);
		assert.equal(hasTarget(site, 'nope'), false);
	});
});

test('slugOf maps files to URL slugs', () => {
	assert.equal(slugOf('iam.mdx'), 'iam');
	assert.equal(slugOf('index.mdx'), '');
	assert.equal(slugOf('guides/index.md'), 'guides');
});

test('summarize keeps whole sentences and stays short', () => {
	assert.equal(summarize('One. Two.'), 'One. Two.');
	assert.ok(summarize(`${'word '.repeat(80)}end.`).length <= 240);
});
