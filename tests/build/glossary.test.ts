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

	test('a glossary field of the wrong type, at the line of that field', async () => {
		const output = await failingBuild('glossary-wrong-type');
		assert.match(
			output,
			/src\/data\/glossary\.json:29: mfa: aliases: must be a list of names, such as \["SCPs", "service control policies"\], not the string "2FA"/,
		);
	});

	test('a duplicate glossary id, at the line of the second one', async () => {
		const output = await failingBuild('glossary-duplicate-id');
		assert.match(
			output,
			/src\/data\/glossary\.json:10: artifact: id: duplicate id "artifact", already the id of entry 1: give each entry its own id/,
		);
	});
});
