import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildWithFixture, removeBuild } from '../support/astro-build.ts';

/** Builds a fixture that must fail, and returns the build's output. */
async function failingBuild(fixture: string): Promise<string> {
	const outcome = await buildWithFixture(fixture);
	try {
		assert.notEqual(
			outcome.code,
			0,
			`the build with ${fixture} should fail, but it passed:\n${outcome.output}`,
		);
		return outcome.output;
	} finally {
		await removeBuild(outcome);
	}
}

describe('the build fails on bad input, naming the file, the line and the problem', () => {
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

	test('a page without a description', async () => {
		const output = await failingBuild('missing-description');
		assert.match(output, /no-description\.mdx/);
		assert.match(output, /description/);
		assert.match(output, /Every page needs a one-sentence `description`/);
	});

	test('a link to a page that does not exist', async () => {
		const output = await failingBuild('link-to-missing-page');
		assert.match(
			output,
			/src\/content\/docs\/broken-link\.md:6:12: "\.\.\/billing-alarms\/" links to a page that does not exist \(\/billing-alarms\/\)/,
		);
	});

	test('a link to a heading that does not exist', async () => {
		const output = await failingBuild('link-to-missing-fragment');
		assert.match(
			output,
			/src\/content\/docs\/broken-anchor\.mdx:8:5: "\.\.\/organizations\/#scp-rules" links to #scp-rules, which is not a heading on \/organizations\//,
		);
	});

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

	test('a renamed heading that breaks a published deep link, with the fix', async () => {
		const output = await failingBuild('renamed-published-heading');
		assert.match(
			output,
			/\/ddos\/#a-well-architected-defence: #a-well-architected-defence is no longer a heading on \/ddos\//,
		);
		assert.match(output, /anchors:\n {4}a-well-architected-defence: defence-in-depth/);
	});

	test('a page without a social card', async () => {
		const output = await failingBuild('page-without-social-card');
		assert.match(
			output,
			/Social cards are missing:\n[\s\S]*organizations\/index\.html: no og:image/,
		);
	});

	test('an inline event handler in a page', async () => {
		const output = await failingBuild('inline-event-handler');
		assert.match(
			output,
			/dist\/unsafe-button\/index\.html:\d+:\d+: <button> has an inline event handler \(onclick=…\); use a <script> with addEventListener \(rendered from src\/content\/docs\/unsafe-button\.mdx\)/,
		);
	});

	test('a javascript: URL in a page', async () => {
		const output = await failingBuild('javascript-url');
		assert.match(
			output,
			/dist\/unsafe-link\/index\.html:\d+:\d+: <a> has a javascript: URL in href;.*\(rendered from src\/content\/docs\/unsafe-link\.md\)/,
		);
	});
});
