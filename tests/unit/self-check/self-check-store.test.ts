import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadStore, saveStore } from '../../../src/lib/device-store.ts';
import { memoryStorage } from '../../support/memory-storage.ts';
import {
	drawMixedSet,
	isRightAnswer,
	scoreLine,
	SELF_CHECK_STORE,
	withoutResults,
} from '../../../src/features/self-check/self-check-store.ts';

const AT = '2026-12-02T06:00:00.000Z';

describe('the self-check store', () => {
	test('saves and loads results by question id under asn:self-check, version 1', () => {
		const storage = memoryStorage();
		saveStore(SELF_CHECK_STORE, { 'q-1': { correct: true, answeredAt: AT } }, storage);
		assert.deepEqual(JSON.parse(storage.items.get('asn:self-check')!), {
			version: 1,
			data: { 'q-1': { correct: true, answeredAt: AT } },
		});
		const loaded = loadStore(SELF_CHECK_STORE, storage);
		assert.deepEqual(loaded.status, { kind: 'loaded' });
		assert.equal(loaded.value['q-1']?.correct, true);
	});

	test('sets aside a value whose results are malformed', () => {
		for (const data of [
			[],
			{ 'q-1': { correct: 'yes', answeredAt: AT } },
			{ 'q-1': { correct: true, answeredAt: 'soon' } },
		]) {
			const storage = memoryStorage({ 'asn:self-check': JSON.stringify({ version: 1, data }) });
			const loaded = loadStore(SELF_CHECK_STORE, storage, new Date(AT));
			assert.equal(loaded.status.kind, 'set-aside', JSON.stringify(data));
			assert.deepEqual(loaded.value, {});
			assert.ok(storage.items.get(`asn:self-check:set-aside:${AT}`));
		}
	});

	test("scores, resets a page's questions, and checks an answer", () => {
		const results = {
			a: { correct: true, answeredAt: AT },
			b: { correct: false, answeredAt: AT },
			c: { correct: true, answeredAt: AT },
		};
		assert.equal(scoreLine(['a', 'b', 'd'], results), '1 of 3 answered correctly');
		assert.deepEqual(Object.keys(withoutResults(results, ['a', 'b'])), ['c']);
		assert.equal(isRightAnswer([false, true, true], [false, true, true]), true);
		assert.equal(isRightAnswer([false, true, false], [false, true, true]), false);
	});

	test('draws the same number from every topic, avoiding the shown ones while others remain', () => {
		const byTopic = new Map([
			['iam', ['i1', 'i2', 'i3', 'i4']],
			['ddos', ['d1', 'd2', 'd3']],
		]);
		let n = 0;
		const random = () => (n += 0.37) % 1;
		const drawn = drawMixedSet(byTopic, 2, random, new Set(['i1', 'i2', 'd1', 'd2']));
		assert.equal(drawn.filter((id) => id.startsWith('i')).length, 2);
		assert.deepEqual(drawn.filter((id) => id.startsWith('i')).sort(), ['i3', 'i4']);
		// ddos has one fresh question only: the draw takes from all of them.
		assert.equal(drawn.filter((id) => id.startsWith('d')).length, 2);
	});
});
