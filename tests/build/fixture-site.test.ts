import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildWithFixture } from '../support/astro-build.ts';

// Each bad-input test lays one broken file over this site: it has to build on its own, or a
// failure would prove nothing about that file.
test('the minimal fixture site builds with the real config and plugins', async () => {
	const { code, output, lines, complete } = await buildWithFixture();
	assert.equal(code, 0, `the minimal fixture site should build:\n${output}`);
	assert.ok(complete, 'the build finished but did not mark dist/ complete');
	const text = lines.map((line) => line.text).join('\n');
	assert.match(text, /\[asn:social-cards\] social cards: /);
	assert.match(text, /\[asn:security-headers\] _headers: /);
});
