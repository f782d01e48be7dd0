import type { StoreSpec } from '../../lib/device-store.ts';

/** How a reader last answered one question. */
interface QuestionResult {
	correct: boolean;
	/** When, as an ISO 8601 time. */
	answeredAt: string;
}

/** Self-check results by question id, shared by the topic pages and /study/. */
export type SelfCheckResults = Record<string, QuestionResult>;

const isResult = (value: unknown): value is QuestionResult =>
	typeof value === 'object' &&
	value !== null &&
	typeof (value as QuestionResult).correct === 'boolean' &&
	typeof (value as QuestionResult).answeredAt === 'string' &&
	!Number.isNaN(Date.parse((value as QuestionResult).answeredAt));

/** The device store of self-check results: `asn:self-check`, version 1. */
export const SELF_CHECK_STORE: StoreSpec<SelfCheckResults> = {
	key: 'asn:self-check',
	version: 1,
	empty: () => ({}),
	parse: (data) => {
		if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
		const entries = Object.entries(data);
		return entries.every(([, value]) => isResult(value))
			? (Object.fromEntries(entries) as SelfCheckResults)
			: undefined;
	},
};

/** "3 of 7 answered correctly": the results of `ids` that were right. */
export function scoreLine(ids: readonly string[], results: SelfCheckResults): string {
	const right = ids.filter((id) => results[id]?.correct).length;
	return `${right} of ${ids.length} answered correctly`;
}

/** Results without the given questions' (a reset of one page's self-check). */
export function withoutResults(
	results: SelfCheckResults,
	ids: readonly string[],
): SelfCheckResults {
	const drop = new Set(ids);
	return Object.fromEntries(Object.entries(results).filter(([id]) => !drop.has(id)));
}

/** Whether the chosen options are exactly the right ones. */
export function isRightAnswer(chosen: readonly boolean[], right: readonly boolean[]): boolean {
	return chosen.length === right.length && chosen.every((value, i) => value === right[i]);
}

/**
 * A mixed set: `perTopic` question ids from each topic, drawn with `random` (0 ≤ n < 1), avoiding
 * the ids in `avoid` while a topic has enough others.
 */
export function drawMixedSet(
	byTopic: ReadonlyMap<string, readonly string[]>,
	perTopic: number,
	random: () => number,
	avoid: ReadonlySet<string> = new Set(),
): string[] {
	return [...byTopic.values()].flatMap((ids) => {
		const fresh = ids.filter((id) => !avoid.has(id));
		const pool = fresh.length >= perTopic ? fresh : [...ids];
		const drawn: string[] = [];
		while (drawn.length < perTopic && pool.length > 0)
			drawn.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
		return drawn;
	});
}
