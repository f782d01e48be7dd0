import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { failingBuild } from '../support/astro-build.ts';

describe('an exam tip that names an exam the exams list does not have fails the build', () => {
	test('at the file, line and column of the tip, naming the exams there are', async () => {
		const output = await failingBuild('exam-tip-unknown-exam');
		assert.match(
			output,
			/src\/content\/docs\/tips\.mdx:13:1: "SAA-C03" is not an exam in src\/data\/exams\.json: use one of SCS-C03\./,
		);
	});
});

describe('an exam tip that names a replaced exam fails the build', () => {
	test('saying which exam replaced it and when the old one was last offered', async () => {
		const output = await failingBuild('exam-tip-retired-exam');
		assert.match(
			output,
			/src\/content\/docs\/tips\.mdx:13:1: the exam SCS-C02 was replaced by SCS-C03 \(its last exam day was 2025-12-01\): check that the tip holds for SCS-C03, then write exams="SCS-C03"\./,
		);
	});
});
