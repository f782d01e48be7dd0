import { z } from 'astro/zod';

/** A value as an error shows it: its kind, and the value itself when it is short. */
export function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	const shown = JSON.stringify(value);
	const kind = typeof value === 'string' ? 'the string' : `the ${typeof value}`;
	return shown.length > 40 ? kind.replace('the ', 'a ') : `${kind} ${shown}`;
}

/** A field's type error, saying what the field must hold: `is missing: add …` or `must be …, not 42`. */
export function expects(what: string) {
	return {
		error: (issue: { input: unknown }) =>
			issue.input === undefined
				? `is missing: add ${what}`
				: `must be ${what}, not ${describeValue(issue.input)}`,
	};
}

/** A text field: its type first, then its `rules` (zod 4 would also hold a list's length to a minimum). */
export function text(what: string, rules = z.string()) {
	return z.string(expects(what)).pipe(rules);
}

/** Text that is not empty once trimmed. */
export function filled(what: string) {
	return text(what, z.string().trim().min(1, `is empty: write ${what}`));
}

/**
 * Reports, at the entry's `key` field (its `id` unless told), each entry of a data file whose key
 * an earlier entry already has: ids are anchors and links, so each must be unique.
 */
export function checkUniqueIds<Key extends string = 'id'>(
	entries: ReadonlyArray<{ [K in NoInfer<Key>]: string }>,
	ctx: z.RefinementCtx,
	noun: string,
	key: Key = 'id' as Key,
): void {
	const seen = new Map<string, number>();
	entries.forEach((entry, index) => {
		const value = entry[key];
		const first = seen.get(value);
		if (first === undefined) seen.set(value, index);
		else
			ctx.addIssue({
				code: 'custom',
				path: [index, key],
				message: `duplicate ${key} "${value}", already the ${key} of entry ${first + 1}: give each ${noun} its own ${key}`,
			});
	});
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar day written YYYY-MM-DD (`example` shows one), optionally with a further rule such
 * as "not after today".
 */
export function calendarDay(
	what: string,
	example: string,
	rule?: { check: (day: string) => boolean; message: string },
) {
	const day = z
		.string()
		.regex(DAY, `write the day as "YYYY-MM-DD", such as "${example}"`)
		.refine((day) => {
			// Zod runs this even when the pattern failed; an Invalid Date's toISOString() throws. A
			// malformed day is reported by the pattern, a day like 2025-13-45 here.
			const date = new Date(`${day}T00:00:00Z`);
			if (Number.isNaN(date.getTime())) return !DAY.test(day);
			return date.toISOString().startsWith(day);
		}, 'is not a calendar day');
	return text(what, rule ? day.refine(rule.check, rule.message) : day);
}

/** A list of sections (`page#heading-id`), such as a table's `compares` or a domain's coverage. */
export function sectionList(example: string) {
	return z.array(
		text(
			`a section, such as "${example}"`,
			z.string().regex(/^[a-z0-9-]+#[a-z0-9_-]+$/, 'sections look like `page#heading-id`'),
		),
		{ error: () => `must be a list of sections, such as ["${example}"]` },
	);
}

/**
 * The error of an entry object: an unknown field (misspelt or extra), or a value that is not an
 * object, naming the fields a `noun` has.
 */
export function entryErrors(noun: string, fields: string) {
	return {
		error: (issue: { code?: string }) =>
			issue.code === 'unrecognized_keys'
				? `is not a ${noun} field: remove it or fix its spelling (the fields are ${fields})`
				: `must be an object with ${fields}`,
	};
}
