import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { failingBuild } from '../support/astro-build.ts';

describe('a comparison table with bad data fails the build at the line of the field', () => {
	test('a row missing a cell', async () => {
		const output = await failingBuild('comparison-missing-cell');
		assert.match(
			output,
			/src\/data\/comparisons\/shield-standard-vs-advanced\.json:9: rows\.1\.cells: has 1 cell\(s\) for 2 columns \(Shield Standard, Shield Advanced\): give every column a cell/,
		);
	});

	test('a table that cites no source', async () => {
		const output = await failingBuild('comparison-without-source');
		assert.match(
			output,
			/src\/data\/comparisons\/shield-standard-vs-advanced\.json:\d+: sources: cite at least one source for the table/,
		);
	});
});
