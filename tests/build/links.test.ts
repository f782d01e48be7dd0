import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { failingBuild } from '../support/astro-build.ts';

describe('a broken link fails the build, naming the file, the line and the problem', () => {
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

	test('a renamed heading that breaks a published deep link, with the fix', async () => {
		const output = await failingBuild('renamed-published-heading');
		assert.match(
			output,
			/\/ddos\/#a-well-architected-defence: #a-well-architected-defence is no longer a heading on \/ddos\//,
		);
		assert.match(output, /anchors:\n {4}a-well-architected-defence: defence-in-depth/);
	});
});
