import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { failingBuild } from '../support/astro-build.ts';

describe('a page that cannot be shared fails the build, naming the page', () => {
	test('a page without a social card', async () => {
		const output = await failingBuild('page-without-social-card');
		assert.match(
			output,
			/Social cards are missing:\n[\s\S]*organizations\/index\.html: no og:image/,
		);
	});
});
