import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
	clearStore,
	loadStore,
	saveStore,
	setAsideKey,
	statusMessage,
	type StorageLike,
	type StoreSpec,
} from '../../../src/lib/device-store.ts';
import { memoryStorage } from '../../support/memory-storage.ts';

/** Version 2 holds `{ seen: string[] }`; version 1 held a comma-separated string. */
const spec: StoreSpec<{ seen: string[] }> = {
	key: 'asn:test',
	version: 2,
	empty: () => ({ seen: [] }),
	parse: (data) =>
		typeof data === 'object' &&
		data !== null &&
		Array.isArray((data as { seen?: unknown }).seen) &&
		(data as { seen: unknown[] }).seen.every((item) => typeof item === 'string')
			? (data as { seen: string[] })
			: undefined,
	migrations: {
		1: (data) => {
			if (typeof data !== 'string') throw new Error('version 1 was a string');
			return { seen: data.split(',').filter(Boolean) };
		},
	},
};
const now = new Date('2026-12-02T10:00:00.000Z');

describe('loadStore', () => {
	test('an empty store starts empty', () => {
		assert.deepEqual(loadStore(spec, memoryStorage(), now), {
			value: { seen: [] },
			status: { kind: 'empty' },
		});
	});

	test('a saved value reads back', () => {
		const storage = memoryStorage();
		assert.equal(saveStore(spec, { seen: ['a'] }, storage), true);
		assert.deepEqual(loadStore(spec, storage, now), {
			value: { seen: ['a'] },
			status: { kind: 'loaded' },
		});
	});

	test('an older version is migrated and written back in the new format', () => {
		const storage = memoryStorage({ 'asn:test': JSON.stringify({ version: 1, data: 'a,b' }) });
		const loaded = loadStore(spec, storage, now);
		assert.deepEqual(loaded, {
			value: { seen: ['a', 'b'] },
			status: { kind: 'migrated', from: 1 },
		});
		assert.deepEqual(JSON.parse(storage.items.get('asn:test') ?? ''), {
			version: 2,
			data: { seen: ['a', 'b'] },
		});
	});

	for (const [name, raw, reason] of [
		['not JSON', '{"version":', /not valid JSON/],
		['no version', '{"data":{"seen":[]}}', /no version/],
		['a newer version', '{"version":3,"data":{}}', /newer version/],
		['contents of the wrong shape', '{"version":2,"data":{"seen":[1]}}', /do not match version 2/],
		[
			'a migration that fails',
			'{"version":1,"data":42}',
			/upgrading it from version 1 failed: version 1 was a string/,
		],
	] as const) {
		test(`${name}: set aside under its own key, never thrown, and the store starts empty`, () => {
			const storage = memoryStorage({ 'asn:test': raw });
			const loaded = loadStore(spec, storage, now);
			assert.deepEqual(loaded.value, { seen: [] });
			assert.equal(loaded.status.kind, 'set-aside');
			if (loaded.status.kind !== 'set-aside') return;
			assert.match(loaded.status.reason, reason);
			assert.equal(loaded.status.setAsideKey, setAsideKey('asn:test', now));
			assert.equal(storage.items.get(loaded.status.setAsideKey), raw);
			assert.equal(storage.items.has('asn:test'), false);
			assert.match(statusMessage(loaded.status, 'progress') ?? '', /could not be read/);
		});
	}

	test('blocked storage works in memory and says so', () => {
		const blocked: StorageLike = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('SecurityError');
			},
			removeItem: () => {
				throw new Error('SecurityError');
			},
		};
		const loaded = loadStore(spec, blocked, now);
		assert.deepEqual(loaded, { value: { seen: [] }, status: { kind: 'unavailable' } });
		assert.equal(saveStore(spec, { seen: [] }, blocked), false);
		assert.doesNotThrow(() => clearStore(spec, blocked));
		assert.match(statusMessage(loaded.status, 'progress') ?? '', /lasts only until you leave/);
	});

	test('a reset removes the value and keeps set-aside copies', () => {
		const storage = memoryStorage({
			'asn:test': '{"version":2,"data":{"seen":[]}}',
			'asn:test:set-aside:x': 'old',
		});
		clearStore(spec, storage);
		assert.deepEqual([...storage.items.keys()], ['asn:test:set-aside:x']);
	});
});
