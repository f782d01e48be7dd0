import { type Card, createEmptyCard, fsrs, type Grade, Rating, State } from 'ts-fsrs';
import type { FlashcardsProgress, SavedCard } from './flashcards-store.ts';

/**
 * The one scheduler: ts-fsrs (FSRS-6) with its default parameters (90% retention, learning steps
 * of 1 and 10 minutes), and fuzz on, so cards learnt together do not all fall due on one day.
 */
const scheduler = fsrs({ enable_fuzz: true });

/** The four grades, as the buttons and keys 1–4 give them. */
export const GRADES = [
	{ grade: Rating.Again, key: '1', label: 'Again' },
	{ grade: Rating.Hard, key: '2', label: 'Hard' },
	{ grade: Rating.Good, key: '3', label: 'Good' },
	{ grade: Rating.Easy, key: '4', label: 'Easy' },
] as const satisfies ReadonlyArray<{ grade: Grade; key: string; label: string }>;

/** ts-fsrs's card for a saved one, or a new card when it has never been graded. */
export function toFsrsCard(saved: SavedCard | undefined, now: Date): Card {
	if (!saved) return createEmptyCard(now);
	const { due, last_review, introduced, ...numbers } = saved;
	return {
		...numbers,
		due: new Date(due),
		...(last_review ? { last_review: new Date(last_review) } : {}),
	};
}

/** A ts-fsrs card as the device keeps it. */
function toSaved(card: Card, introduced: string): SavedCard {
	const { due, last_review, state, ...numbers } = card;
	return {
		...numbers,
		state: state as SavedCard['state'],
		due: due.toISOString(),
		last_review: last_review ? last_review.toISOString() : null,
		introduced,
	};
}

/** The progress after grading card `id` at `now`: ts-fsrs decides its next due date. */
export function gradeCard(
	progress: FlashcardsProgress,
	id: string,
	grade: Grade,
	now: Date,
): FlashcardsProgress {
	const saved = progress.cards[id];
	const { card } = scheduler.next(toFsrsCard(saved, now), now, grade);
	return {
		cards: { ...progress.cards, [id]: toSaved(card, saved?.introduced ?? now.toISOString()) },
	};
}

/** When card `id` would next be due after each grade, as ts-fsrs previews it. */
export function previewDue(progress: FlashcardsProgress, id: string, now: Date): Map<Grade, Date> {
	const preview = scheduler.repeat(toFsrsCard(progress.cards[id], now), now);
	return new Map(GRADES.map(({ grade }) => [grade, preview[grade].card.due]));
}

/** Whether a saved card is learnt: ts-fsrs has moved it to the Review state. */
export function isLearnt(saved: SavedCard | undefined): boolean {
	return saved?.state === State.Review;
}

/** A short interval for a grade button: "<1 min", "10 min", "5 h", "3 days", "2 mo", "1.5 yr". */
export function formatInterval(from: Date, to: Date): string {
	const minutes = Math.max(0, (to.getTime() - from.getTime()) / 60_000);
	if (minutes < 1) return '<1 min';
	if (minutes < 60) return `${Math.round(minutes)} min`;
	const hours = minutes / 60;
	if (hours < 24) return `${Math.round(hours)} h`;
	const days = Math.round(hours / 24);
	if (days < 31) return days === 1 ? '1 day' : `${days} days`;
	if (days < 365) return `${Math.round(days / 30.4)} mo`;
	return `${Math.round((days / 365) * 10) / 10} yr`;
}
