import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { failingBuild } from '../support/astro-build.ts';

describe('a glossary mistake fails the build, naming the file, the line and the problem', () => {
	test('an unknown glossary term', async () => {
		const output = await failingBuild('unknown-term');
		assert.match(
			output,
			/src\/content\/docs\/unknown-term\.mdx:8:20: unknown glossary term "organisational-unit"/,
		);
	});

	test('a glossary entry whose target section does not exist', async () => {
		const output = await failingBuild('glossary-target-missing');
		assert.match(
			output,
			/src\/data\/glossary\.json:\d+: mfa: target: "iam#multi-factor-auth" is not a page section of this site/,
		);
	});
});
