import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fsrs, Rating, State } from 'ts-fsrs';
import {
	formatInterval,
	gradeCard,
	isLearnt,
	previewDue,
	toFsrsCard,
} from '../../../src/features/flashcards/schedule.ts';
import { flashcardsStore } from '../../../src/features/flashcards/flashcards-store.ts';

const NOW = new Date('2026-12-02T10:00:00Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

test('grading a new card Good schedules it as ts-fsrs does: the 10-minute learning step', () => {
	const progress = gradeCard(flashcardsStore.empty(), 'scp:definition', Rating.Good, NOW);
	const saved = progress.cards['scp:definition']!;
	const expected = fsrs({ enable_fuzz: true }).next(toFsrsCard(undefined, NOW), NOW, Rating.Good);
	assert.equal(saved.due, expected.card.due.toISOString());
	assert.equal(saved.due, minutes(10).toISOString());
	assert.equal(saved.state, State.Learning);
	assert.equal(saved.reps, 1);
	assert.equal(saved.introduced, NOW.toISOString());
	assert.equal(saved.last_review, NOW.toISOString());
});

test('Good again after the learning step moves the card to Review, due days later, and it counts as learnt', () => {
	let progress = gradeCard(flashcardsStore.empty(), 'a', Rating.Good, NOW);
	const later = minutes(10);
	progress = gradeCard(progress, 'a', Rating.Good, later);
	const saved = progress.cards['a']!;
	assert.equal(saved.state, State.Review);
	assert.ok(Date.parse(saved.due) - later.getTime() >= 24 * 3600_000, saved.due);
	assert.equal(saved.introduced, NOW.toISOString(), 'the first grading day is kept');
	assert.equal(isLearnt(saved), true);
	assert.equal(isLearnt(undefined), false);
});

test('Again brings a card back sooner than Good, and Easy later than Good', () => {
	const due = previewDue(flashcardsStore.empty(), 'a', NOW);
	assert.equal(due.get(Rating.Again)!.getTime(), minutes(1).getTime());
	assert.ok(due.get(Rating.Again)! < due.get(Rating.Good)!);
	assert.ok(due.get(Rating.Good)! < due.get(Rating.Easy)!);
});

test('a saved card goes back to ts-fsrs with the same fields, dates as Dates', () => {
	const saved = gradeCard(flashcardsStore.empty(), 'a', Rating.Hard, NOW).cards['a']!;
	const card = toFsrsCard(saved, NOW);
	assert.ok(card.due instanceof Date);
	assert.equal(card.due.toISOString(), saved.due);
	assert.equal(card.last_review?.toISOString(), saved.last_review);
	assert.equal(card.stability, saved.stability);
});

test('intervals read short', () => {
	assert.equal(formatInterval(NOW, minutes(0.5)), '<1 min');
	assert.equal(formatInterval(NOW, minutes(10)), '10 min');
	assert.equal(formatInterval(NOW, minutes(180)), '3 h');
	assert.equal(formatInterval(NOW, minutes(60 * 24)), '1 day');
	assert.equal(formatInterval(NOW, minutes(60 * 24 * 12)), '12 days');
	assert.equal(formatInterval(NOW, minutes(60 * 24 * 61)), '2 mo');
	assert.equal(formatInterval(NOW, minutes(60 * 24 * 548)), '1.5 yr');
});
