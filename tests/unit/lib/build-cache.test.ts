import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeCacheFile } from '../../../src/lib/build-cache.ts';

test('writes of one cache entry at the same time all succeed, and leave one whole file', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'asn-build-cache-'));
	try {
		const path = join(dir, 'entry.json');
		const versions = Array.from({ length: 8 }, (_, i) =>
			JSON.stringify({ i, pad: 'x'.repeat(1e5) }),
		);
		await Promise.all(versions.map((data) => writeCacheFile(path, data)));
		assert.ok(versions.includes(await readFile(path, 'utf8')));
		assert.deepEqual(await readdir(dir), ['entry.json']);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
});
