import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildWithFixture, failingBuild } from '../support/astro-build.ts';

describe('a factual section without a source fails the build', () => {
	test('naming the file, the line of its heading and how to cite', async () => {
		const output = await failingBuild('uncited-section');
		assert.match(
			output,
			/src\/content\/docs\/uncited\.mdx:13:1: the section "Network ACLs" cites no source\. End it \(or one of its subsections\) with a Sources line/,
		);
	});
});

describe('the verified date', () => {
	test('a date in the future fails at its frontmatter line', async () => {
		const output = await failingBuild('verified-in-future');
		assert.match(
			output,
			/src\/content\/docs\/future\.mdx:4:1: verified: `verified` is 2999-01-01, a day in the future/,
		);
	});

	test('a page not checked for over 180 days warns, at its line, and still builds', async () => {
		const { code, output, complete } = await buildWithFixture('verified-long-ago');
		assert.equal(code, 0, output);
		assert.ok(complete, 'the build should complete');
		assert.match(
			output,
			/src\/content\/docs\/old\.mdx:4: verified 2020-01-15, \d+ days ago: re-check the page against its sources and update `verified`/,
		);
	});
});

describe('a correction that links to no section fails the build', () => {
	test('naming the data file, the line of the field and the headings there are', async () => {
		const output = await failingBuild('corrections-missing-section');
		assert.match(
			output,
			/src\/data\/corrections\.json:6: account-name-not-root-only: section: "iam" has no heading "#root-only-tasks"; its heading ids are multi-factor-authentication-mfa, self-check, sources/,
		);
	});
});
