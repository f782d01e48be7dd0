import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHROMIUM_HELP, findChromium } from '../../../src/lib/chromium.ts';

const existing =
	(...paths: string[]) =>
	(path: string) =>
		paths.includes(path);

describe('findChromium', () => {
	test('prefers an explicit CHROMIUM_PATH over every other browser', () => {
		const found = findChromium({
			env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
			exists: existing('/opt/chrome/chrome', '/pw/chrome', '/usr/bin/chromium'),
			playwrightPath: '/pw/chrome',
		});
		assert.deepEqual(found, { path: '/opt/chrome/chrome', source: 'environment' });
	});

	test('fails loudly when CHROMIUM_PATH names a missing file', () => {
		assert.throws(
			() =>
				findChromium({ env: { CHROMIUM_PATH: '/nope' }, exists: existing('/usr/bin/chromium') }),
			/CHROMIUM_PATH is set to "\/nope", but no file exists there/,
		);
	});

	test("uses Playwright's own Chromium before the system package", () => {
		const found = findChromium({
			env: {},
			exists: existing('/pw/chrome', '/usr/bin/chromium'),
			playwrightPath: '/pw/chrome',
		});
		assert.deepEqual(found, { path: '/pw/chrome', source: 'playwright' });
	});

	test("falls back to Debian's /usr/bin/chromium when Playwright has no browser", () => {
		const found = findChromium({
			env: {},
			exists: existing('/usr/bin/chromium'),
			playwrightPath: '/pw/chrome',
		});
		assert.deepEqual(found, { path: '/usr/bin/chromium', source: 'system' });
	});

	test('finds Ubuntu-style chromium-browser too', () => {
		const found = findChromium({ env: {}, exists: existing('/usr/bin/chromium-browser') });
		assert.equal(found?.path, '/usr/bin/chromium-browser');
	});

	test('returns nothing when there is no Chromium, and the help says how to get one', () => {
		assert.equal(findChromium({ env: {}, exists: existing() }), undefined);
		assert.match(CHROMIUM_HELP, /apt-get install -y chromium/);
		assert.match(CHROMIUM_HELP, /npx playwright install chromium/);
		assert.match(CHROMIUM_HELP, /CHROMIUM_PATH=/);
	});
});
