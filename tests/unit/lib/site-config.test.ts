import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { basePath, siteUrl } from '../../../src/lib/site-config.ts';

describe('siteUrl', () => {
	test('defaults to the local preview server', () => {
		assert.equal(siteUrl({}), 'http://localhost:4321');
	});

	test('keeps only the origin of SITE_URL', () => {
		assert.equal(
			siteUrl({ SITE_URL: 'https://example.github.io/notes/' }),
			'https://example.github.io',
		);
	});

	test('rejects a SITE_URL that is not a URL', () => {
		assert.throws(() => siteUrl({ SITE_URL: 'not a url' }), TypeError);
	});
});

describe('basePath', () => {
	test('defaults to the root', () => {
		assert.equal(basePath({}), '/');
	});

	test('normalises a sub-path to leading and trailing slashes', () => {
		assert.equal(basePath({ BASE_PATH: 'aws-security-notes' }), '/aws-security-notes/');
		assert.equal(basePath({ BASE_PATH: '/aws-security-notes//' }), '/aws-security-notes/');
	});
});
