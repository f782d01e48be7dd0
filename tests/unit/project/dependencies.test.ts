import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

// Undeclared and unused packages are knip's job (`npm run lint`, part of `npm test`).

/** Compares dotted versions numerically: negative when a < b. */
function compareVersions(a: string, b: string): number {
	const [pa, pb] = [a, b].map((v) => v.split(/[.-]/).slice(0, 3).map(Number));
	for (let i = 0; i < 3; i++) if (pa![i] !== pb![i]) return pa![i]! - pb![i]!;
	return 0;
}

test('the Pagefind that builds the index is 1.1.1 or later (1.1.1 fixed a DOM-clobbering XSS)', () => {
	const { version } = JSON.parse(
		readFileSync(new URL('../../../node_modules/pagefind/package.json', import.meta.url), 'utf8'),
	) as { version: string };
	assert.ok(compareVersions(version, '1.1.1') >= 0, `pagefind ${version} is older than 1.1.1`);
});
