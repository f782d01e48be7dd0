import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { failingBuild } from '../support/astro-build.ts';

describe('bad frontmatter fails the build, naming the file and the problem', () => {
	test('a page without a description', async () => {
		const output = await failingBuild('missing-description');
		assert.match(output, /no-description\.mdx/);
		assert.match(output, /description/);
		assert.match(output, /Every page needs a one-sentence `description`/);
	});
});
