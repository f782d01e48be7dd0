import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { failingBuild } from '../support/astro-build.ts';

describe('a page that cannot be shared fails the build, naming the page', () => {
	test('a page without a social card', async () => {
		const output = await failingBuild('page-without-social-card');
		assert.match(
			output,
			/Social cards could not be made:\n[\s\S]*organizations\/index\.html: no og:image/,
		);
	});

	test('a title with a character the card font lacks', async () => {
		const output = await failingBuild('card-glyph-missing');
		assert.match(
			output,
			/Social cards could not be made:\n[\s\S]*compliance\/index\.html: no glyph in the card font \(DejaVu Sans, Latin\) for "合规"/,
		);
	});
});
