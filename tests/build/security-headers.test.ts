import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { failingBuild } from '../support/astro-build.ts';

describe('a script the Content-Security-Policy would block fails the build, naming the source', () => {
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
