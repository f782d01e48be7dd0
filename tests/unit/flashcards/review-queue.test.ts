import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Rating } from 'ts-fsrs';
import type { Flashcard, TopicSlug } from '../../../src/features/flashcards/card.ts';
import type {
	FlashcardsProgress,
	SavedCard,
} from '../../../src/features/flashcards/flashcards-store.ts';
import {
	deckProgress,
	endOfLocalDay,
	NEW_CARDS_PER_DAY,
	newCardsLeftToday,
	reviewQueue,
} from '../../../src/features/flashcards/review-queue.ts';
import { gradeCard } from '../../../src/features/flashcards/schedule.ts';

// Midday local time, so "today" is the same day whatever the machine's time zone.
const NOW = new Date(2026, 11, 2, 12, 0, 0);
const at = (hours: number) => new Date(NOW.getTime() + hours * 3600_000).toISOString();

const card = (id: string, topic: TopicSlug = 'iam'): Flashcard => ({
	id,
	entry: id,
	direction: 'definition',
	front: id,
	back: `${id} back`,
	topic,
	glossaryPath: `/glossary/#${id}`,
	sectionPath: `/${topic}/#x`,
	sectionLabel: 'x',
});

const saved = (
	due: string,
	state: SavedCard['state'] = 2,
	introduced = at(-24 * 30),
): SavedCard => ({
	due,
	stability: 10,
	difficulty: 5,
	elapsed_days: 0,
	scheduled_days: 10,
	learning_steps: 0,
	reps: 3,
	lapses: 0,
	state,
	last_review: at(-24 * 10),
	introduced,
});

test('the local day ends at its last millisecond', () => {
	const end = endOfLocalDay(NOW);
	assert.equal(end.getDate(), 2);
	assert.equal(end.getHours(), 23);
	assert.equal(new Date(end.getTime() + 1).getDate(), 3);
});

test('the queue holds cards due by now, then new cards, then cards due later today; counts say so', () => {
	const cards = [
		card('overdue'),
		card('later-today'),
		card('tomorrow'),
		card('new-1'),
		card('new-2'),
		card('due-now'),
	];
	const progress: FlashcardsProgress = {
		cards: {
			overdue: saved(at(-30)),
			'due-now': saved(at(-1), 3),
			'later-today': saved(at(3), 1),
			tomorrow: saved(at(24)),
		},
	};
	const queue = reviewQueue(progress, cards, NOW);
	assert.deepEqual(
		queue.cards.map((c) => c.id),
		['overdue', 'due-now', 'new-1', 'new-2', 'later-today'],
	);
	assert.equal(queue.due, 3);
	assert.equal(queue.new, 2);
	assert.equal(queue.learnt, 2, 'overdue and tomorrow are in Review');
	assert.equal(queue.nextDue?.toISOString(), at(24));
	assert.equal(queue.newHeldBack, 0);
});

test(`no more than ${NEW_CARDS_PER_DAY} new cards a day, counting those first graded today`, () => {
	const cards = Array.from({ length: 30 }, (_, i) => card(`c${i}`));
	assert.equal(reviewQueue({ cards: {} }, cards, NOW).new, NEW_CARDS_PER_DAY);
	let progress: FlashcardsProgress = { cards: {} };
	for (let i = 0; i < 5; i++)
		progress = gradeCard(progress, `c${i}`, Rating.Easy, new Date(NOW.getTime() - 3600_000));
	assert.equal(newCardsLeftToday(progress, NOW), NEW_CARDS_PER_DAY - 5);
	const queue = reviewQueue(progress, cards, NOW);
	assert.equal(queue.new, NEW_CARDS_PER_DAY - 5);
	assert.equal(queue.newHeldBack, 25 - (NEW_CARDS_PER_DAY - 5));
	// Cards first graded yesterday do not count against today.
	const yesterday = { cards: { c0: saved(at(48), 2, at(-24)) } };
	assert.equal(newCardsLeftToday(yesterday, NOW), NEW_CARDS_PER_DAY);
});

test('nothing due: an empty queue with the next due date', () => {
	const cards = [card('a'), card('b')];
	const progress = { cards: { a: saved(at(24 * 3)), b: saved(at(24 * 2)) } };
	const queue = reviewQueue(progress, cards, NOW);
	assert.deepEqual(queue.cards, []);
	assert.equal(queue.due, 0);
	assert.equal(queue.nextDue?.toISOString(), at(48));
});

test('the queue only holds the cards it is given (a topic filter)', () => {
	const cards = [card('a', 'iam'), card('b', 'ddos')];
	const queue = reviewQueue(
		{ cards: {} },
		cards.filter((c) => c.topic === 'ddos'),
		NOW,
	);
	assert.deepEqual(
		queue.cards.map((c) => c.id),
		['b'],
	);
});

test('deckProgress sums each topic: total, due today, learnt, never graded', () => {
	const cards = [card('a', 'iam'), card('b', 'iam'), card('c', 'iam'), card('d', 'ddos')];
	const progress = { cards: { a: saved(at(-1)), b: saved(at(48), 1), unknown: saved(at(-1)) } };
	assert.deepEqual(
		deckProgress(progress, cards, NOW),
		new Map([
			['iam', { total: 3, due: 1, learnt: 1, new: 1 }],
			['ddos', { total: 1, due: 0, learnt: 0, new: 1 }],
		]),
	);
});
