import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { failingBuild } from '../support/astro-build.ts';

describe('bad frontmatter fails the build, naming the file, the line and the problem', () => {
	test('a page without a description, at the frontmatter', async () => {
		const output = await failingBuild('missing-description');
		assert.match(
			output,
			/src\/content\/docs\/no-description\.mdx:1:1: description: Every page needs a one-sentence `description`: add `description: …` to the frontmatter\./,
		);
	});

	test('a lastUpdated that is not a date, at its line', async () => {
		const output = await failingBuild('frontmatter-bad-date');
		assert.match(
			output,
			/src\/content\/docs\/bad-date\.mdx:4:1: lastUpdated: `lastUpdated` must be a date written as YYYY-MM-DD without quotes \(such as 2025-01-31\), or true or false, not the string "not-a-date"\./,
		);
	});
});

describe('a page MDX cannot parse fails the build, naming the file, the line and the fix', () => {
	test('a component that is never closed', async () => {
		const output = await failingBuild('unclosed-component');
		assert.match(
			output,
			/src\/content\/docs\/unclosed-aside\.mdx:10:1: Expected a closing tag for `<Aside>` \(10:1-10:36\)/,
		);
		assert.match(output, /close `<Aside>` with `<\/Aside>` after its content/);
	});
});
