import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadStore, saveStore } from '../../../src/lib/device-store.ts';
import { memoryStorage } from '../../support/memory-storage.ts';
import {
	flashcardsStore,
	parseProgress,
	type SavedCard,
} from '../../../src/features/flashcards/flashcards-store.ts';
import { gradeCard } from '../../../src/features/flashcards/schedule.ts';
import { Rating } from 'ts-fsrs';

const NOW = new Date('2026-12-02T10:00:00Z');
const saved: SavedCard = {
	due: '2026-12-02T10:10:00.000Z',
	stability: 2.3,
	difficulty: 5.1,
	elapsed_days: 0,
	scheduled_days: 0,
	learning_steps: 1,
	reps: 1,
	lapses: 0,
	state: 1,
	last_review: '2026-12-02T10:00:00.000Z',
	introduced: '2026-12-02T10:00:00.000Z',
};

test('the store is asn:flashcards, version 1, starting empty', () => {
	assert.equal(flashcardsStore.key, 'asn:flashcards');
	assert.equal(flashcardsStore.version, 1);
	assert.deepEqual(flashcardsStore.empty(), { cards: {} });
});

test('graded progress saves and loads back the same, dates as ISO strings', () => {
	const storage = memoryStorage();
	const progress = gradeCard(flashcardsStore.empty(), 'scp:definition', Rating.Good, NOW);
	assert.ok(saveStore(flashcardsStore, progress, storage));
	const raw = JSON.parse(storage.items.get('asn:flashcards')!);
	assert.equal(raw.version, 1);
	assert.match(raw.data.cards['scp:definition'].due, /^2026-12-02T\d\d:\d\d:\d\d\.\d{3}Z$/);
	const loaded = loadStore(flashcardsStore, storage, NOW);
	assert.deepEqual(loaded.status, { kind: 'loaded' });
	assert.deepEqual(loaded.value, progress);
});

test('parse accepts version 1 data', () => {
	assert.deepEqual(parseProgress({ cards: { 'scp:definition': saved } }), {
		cards: { 'scp:definition': saved },
	});
	assert.deepEqual(parseProgress({ cards: {} }), { cards: {} });
});

const corrupt: Array<[string, unknown]> = [
	['not an object', 'cards'],
	['an array', []],
	['no cards', {}],
	['cards as an array', { cards: [] }],
	['a card that is null', { cards: { a: null } }],
	['a missing field', { cards: { a: { ...saved, stability: undefined } } }],
	['a number as a string', { cards: { a: { ...saved, reps: '1' } } }],
	['a negative count', { cards: { a: { ...saved, lapses: -1 } } }],
	['an infinite stability', { cards: { a: { ...saved, stability: Infinity } } }],
	['an unknown state', { cards: { a: { ...saved, state: 7 } } }],
	['a due date that is not a date', { cards: { a: { ...saved, due: 'tomorrow' } } }],
	['a due date as a number', { cards: { a: { ...saved, due: 1764669600000 } } }],
	['an impossible day', { cards: { a: { ...saved, due: '2026-13-45T10:00:00.000Z' } } }],
	['a last review that is not a date', { cards: { a: { ...saved, last_review: 3 } } }],
	['no introduced date', { cards: { a: { ...saved, introduced: undefined } } }],
];

for (const [what, data] of corrupt)
	test(`parse rejects ${what}`, () => {
		assert.equal(parseProgress(data), undefined);
	});

test('a corrupt value is set aside with a reason, and the page starts from empty', () => {
	const storage = memoryStorage({
		'asn:flashcards': JSON.stringify({ version: 1, data: { cards: { a: { due: 'x' } } } }),
	});
	const loaded = loadStore(flashcardsStore, storage, NOW);
	assert.deepEqual(loaded.value, { cards: {} });
	assert.equal(loaded.status.kind, 'set-aside');
	assert.ok(storage.items.has('asn:flashcards:set-aside:2026-12-02T10:00:00.000Z'));
	assert.equal(storage.items.has('asn:flashcards'), false);
});

test('a value from a newer version is set aside, not misread', () => {
	const storage = memoryStorage({
		'asn:flashcards': JSON.stringify({ version: 2, data: { cards: {} } }),
	});
	assert.equal(loadStore(flashcardsStore, storage, NOW).status.kind, 'set-aside');
});
