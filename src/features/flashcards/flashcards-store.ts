import type { StoreSpec } from '../../lib/device-store.ts';

/**
 * A card's schedule as the device keeps it: ts-fsrs's `Card`, with its dates as ISO strings, and
 * the moment the reader first graded it (the daily limit on new cards counts these).
 */
export interface SavedCard {
	due: string;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	/** ts-fsrs `State`: 0 New, 1 Learning, 2 Review, 3 Relearning. */
	state: 0 | 1 | 2 | 3;
	last_review: string | null;
	/** When the card was first graded. */
	introduced: string;
}

/** Everything the flashcards page keeps on the device: each graded card's schedule, by card id. */
export interface FlashcardsProgress {
	cards: Record<string, SavedCard>;
}

const NUMBER_FIELDS = [
	'stability',
	'difficulty',
	'elapsed_days',
	'scheduled_days',
	'learning_steps',
	'reps',
	'lapses',
] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** An ISO 8601 date-time that `Date` reads back to the same instant. */
const isIsoDate = (value: unknown): value is string =>
	typeof value === 'string' &&
	/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value) &&
	!Number.isNaN(Date.parse(value));

/** One saved card, or undefined when any field is missing, of the wrong type or out of range. */
function parseCard(value: unknown): SavedCard | undefined {
	if (!isRecord(value)) return undefined;
	for (const field of NUMBER_FIELDS) {
		const n = value[field];
		if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) return undefined;
	}
	const { state, due, last_review, introduced } = value;
	if (state !== 0 && state !== 1 && state !== 2 && state !== 3) return undefined;
	if (!isIsoDate(due) || !isIsoDate(introduced)) return undefined;
	if (last_review !== null && !isIsoDate(last_review)) return undefined;
	return {
		due,
		stability: value['stability'] as number,
		difficulty: value['difficulty'] as number,
		elapsed_days: value['elapsed_days'] as number,
		scheduled_days: value['scheduled_days'] as number,
		learning_steps: value['learning_steps'] as number,
		reps: value['reps'] as number,
		lapses: value['lapses'] as number,
		state,
		last_review,
		introduced,
	};
}

/** Version 1 data, or undefined when anything in it is not what version 1 writes. */
export function parseProgress(data: unknown): FlashcardsProgress | undefined {
	if (!isRecord(data) || !isRecord(data['cards'])) return undefined;
	const cards: Record<string, SavedCard> = {};
	for (const [id, value] of Object.entries(data['cards'])) {
		const card = parseCard(value);
		if (!card) return undefined;
		cards[id] = card;
	}
	return { cards };
}

/**
 * The flashcards store (src/lib/device-store.ts). Version 1 is the first version: there is no
 * older one to migrate. When the format changes, raise `version` to 2 and add `migrations[1]`,
 * which turns version 1 data into version 2's.
 */
export const flashcardsStore: StoreSpec<FlashcardsProgress> = {
	key: 'asn:flashcards',
	version: 1,
	empty: () => ({ cards: {} }),
	parse: parseProgress,
	migrations: {},
};
