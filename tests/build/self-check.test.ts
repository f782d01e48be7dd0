import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { failingBuild } from '../support/astro-build.ts';

describe('a single-choice question with two correct options fails the build', () => {
	test('at the file and line of its options', async () => {
		const output = await failingBuild('self-check-bad-question');
		assert.match(
			output,
			/src\/data\/self-checks\/organizations\.json:6: organizations-question-1: options: a single-choice question has exactly one correct option, not 2: mark one "correct": true, or make it "type": "multiple"/,
		);
	});
});

describe('a question whose section is not a heading of its page fails the build', () => {
	test('at the line of section, naming the closest heading', async () => {
		const output = await failingBuild('self-check-missing-section');
		assert.match(
			output,
			/src\/data\/self-checks\/organizations\.json:48: organizations-question-2: section: "organizations#service-control-policy" is not a section of this site: "organizations" has no heading "#service-control-policy"; the closest heading is "organizations#service-control-policies-scps"/,
		);
	});
});

describe('a topic page with questions but no <SelfCheck /> fails the build', () => {
	test('at the page, saying where to put it', async () => {
		const output = await failingBuild('self-check-missing-element');
		assert.match(
			output,
			/src\/content\/docs\/iam\.mdx:1:1: this topic page has 6 self-check questions \(src\/data\/self-checks\/iam\.json\) but no <SelfCheck \/>/,
		);
	});
});
