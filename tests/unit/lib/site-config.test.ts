import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { basePath, isPublicSite, repoUrl, siteUrl } from '../../../src/lib/site-config.ts';

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

describe('repoUrl', () => {
	test('REPO_URL wins; package.json repository is the default, in any of npm’s forms', () => {
		assert.equal(
			repoUrl({ REPO_URL: 'https://github.com/o/r/' }, 'https://github.com/x/y'),
			'https://github.com/o/r',
		);
		assert.equal(repoUrl({}, 'git+https://github.com/o/r.git'), 'https://github.com/o/r');
		assert.equal(
			repoUrl({}, { type: 'git', url: 'https://github.com/o/r.git' }),
			'https://github.com/o/r',
		);
		assert.equal(repoUrl({}, 'github:o/r'), 'https://github.com/o/r');
	});

	test('unset, or set empty, means no edit or report links', () => {
		assert.equal(repoUrl({}, undefined), undefined);
		assert.equal(repoUrl({ REPO_URL: '' }, 'https://github.com/o/r'), undefined);
	});

	test('refuses a repository that is not an https URL', () => {
		assert.throws(() => repoUrl({ REPO_URL: 'http://github.com/o/r' }), /must be an https URL/);
	});
});

describe('isPublicSite', () => {
	test('local and private hosts are not public; a real host is', () => {
		for (const url of [
			'http://localhost:4321',
			'http://127.0.0.1',
			'http://[::1]:8080',
			'http://192.168.1.4',
			'http://10.0.0.2',
			'http://172.20.1.1',
			'http://notes.local',
		])
			assert.equal(isPublicSite(url), false, url);
		for (const url of ['https://example.github.io', 'https://172.32.0.1', 'https://notes.example'])
			assert.equal(isPublicSite(url), true, url);
	});
});
