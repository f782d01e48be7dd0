import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { failingBuild } from '../support/astro-build.ts';

describe('a bad diagram fails the build, naming the file, the line and the problem', () => {
	test('invalid Mermaid in a .md page', async () => {
		const output = await failingBuild('invalid-mermaid-md');
		assert.match(
			output,
			/src\/content\/docs\/broken-diagram\.md:12:1: Mermaid diagram is invalid: Parse error on line 4:/,
		);
		assert.match(output, /Expecting .*got 'PS'/);
	});

	test('invalid Mermaid in a .mdx page', async () => {
		const output = await failingBuild('invalid-mermaid-mdx');
		assert.match(
			output,
			/src\/content\/docs\/broken-diagram\.mdx:12:1: Mermaid diagram is invalid: Parse error on line 4:/,
		);
	});

	test('a diagram without accTitle and accDescr', async () => {
		const output = await failingBuild('diagram-without-accessible-text');
		assert.match(
			output,
			/src\/content\/docs\/silent-diagram\.mdx:8:1: Mermaid diagram has no `accTitle: …` line/,
		);
	});

	test('a diagram of an unknown type, before Mermaid renders it', async () => {
		const output = await failingBuild('unknown-diagram-type');
		assert.match(
			output,
			/src\/content\/docs\/misspelt-diagram\.mdx:10:1: Mermaid diagram type "flowchat" is unknown; did you mean "flowchart"\? Known types: flowchart, graph, /,
		);
	});

	test('a diagram too wide to read on a phone', async () => {
		const output = await failingBuild('too-wide-diagram');
		assert.match(
			output,
			/src\/content\/docs\/wide-diagram\.mdx:8:1: Mermaid diagram is \d+ px wide, more than 544: on a 390 px phone its text would be smaller than 10 px\./,
		);
	});
});
