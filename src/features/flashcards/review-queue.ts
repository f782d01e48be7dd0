import type { Flashcard, TopicSlug } from './card.ts';
import type { FlashcardsProgress } from './flashcards-store.ts';
import { isLearnt } from './schedule.ts';

/**
 * New cards introduced a day at most, across all topics, as Anki's default is: 20 a day keeps the
 * reviews they bring in the following days to a few minutes.
 */
export const NEW_CARDS_PER_DAY = 20;

/** The last millisecond of the reader's local day that holds `now`. */
export function endOfLocalDay(now: Date): Date {
	const end = new Date(now);
	end.setHours(23, 59, 59, 999);
	return end;
}

/** The first millisecond of the reader's local day that holds `now`. */
function startOfLocalDay(now: Date): Date {
	const start = new Date(now);
	start.setHours(0, 0, 0, 0);
	return start;
}

/** How many new cards may still be introduced today: the limit less those first graded today. */
export function newCardsLeftToday(progress: FlashcardsProgress, now: Date): number {
	const start = startOfLocalDay(now).getTime();
	const end = endOfLocalDay(now).getTime();
	const today = Object.values(progress.cards).filter((card) => {
		const at = Date.parse(card.introduced);
		return at >= start && at <= end;
	}).length;
	return Math.max(0, NEW_CARDS_PER_DAY - today);
}

/** What is on the reader's plate today, among some cards. */
export interface ReviewQueue {
	/**
	 * The cards to show, in order: graded cards due by now (soonest first), then today's new
	 * cards (deck order, within the daily limit), then graded cards due later today.
	 */
	cards: Flashcard[];
	/** Graded cards due by the end of the local day. */
	due: number;
	/** New cards that today's limit lets in. */
	new: number;
	/** Cards in ts-fsrs's Review state. */
	learnt: number;
	/** When the next graded card falls due after today, if any. */
	nextDue: Date | undefined;
	/** Cards never graded that today's limit keeps back. */
	newHeldBack: number;
}

/** Today's queue for `cards` (already filtered to the chosen topics) at `now`. */
export function reviewQueue(
	progress: FlashcardsProgress,
	cards: readonly Flashcard[],
	now: Date,
): ReviewQueue {
	const end = endOfLocalDay(now).getTime();
	const dueAt = (card: Flashcard) => Date.parse(progress.cards[card.id]!.due);
	const graded = cards.filter((card) => progress.cards[card.id]);
	const unseen = cards.filter((card) => !progress.cards[card.id]);
	const dueToday = graded.filter((card) => dueAt(card) <= end).sort((a, b) => dueAt(a) - dueAt(b));
	const fresh = unseen.slice(0, newCardsLeftToday(progress, now));
	const later = graded.map(dueAt).filter((at) => at > end);
	return {
		cards: [
			...dueToday.filter((card) => dueAt(card) <= now.getTime()),
			...fresh,
			...dueToday.filter((card) => dueAt(card) > now.getTime()),
		],
		due: dueToday.length,
		new: fresh.length,
		learnt: graded.filter((card) => isLearnt(progress.cards[card.id])).length,
		nextDue: later.length > 0 ? new Date(Math.min(...later)) : undefined,
		newHeldBack: unseen.length - fresh.length,
	};
}

/** One topic's cards and where the reader stands with them. */
export interface TopicProgress {
	total: number;
	/** Graded cards due by the end of the local day. */
	due: number;
	/** Cards in ts-fsrs's Review state. */
	learnt: number;
	/** Cards never graded (not limited by the daily limit). */
	new: number;
}

/**
 * Per topic: how many cards, how many due today, learnt and never graded. For pages that sum up
 * study progress (such as /study/), from the same store the flashcards page writes.
 */
export function deckProgress(
	progress: FlashcardsProgress,
	cards: ReadonlyArray<Pick<Flashcard, 'id' | 'topic'>>,
	now: Date,
): Map<TopicSlug, TopicProgress> {
	const end = endOfLocalDay(now).getTime();
	const result = new Map<TopicSlug, TopicProgress>();
	for (const card of cards) {
		const topic = result.get(card.topic) ?? { total: 0, due: 0, learnt: 0, new: 0 };
		const saved = progress.cards[card.id];
		topic.total++;
		if (!saved) topic.new++;
		else {
			if (Date.parse(saved.due) <= end) topic.due++;
			if (isLearnt(saved)) topic.learnt++;
		}
		result.set(card.topic, topic);
	}
	return result;
}
