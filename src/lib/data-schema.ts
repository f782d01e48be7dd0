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
 * Reports, at the entry's `id`, each entry of a data file whose id an earlier entry already has:
 * ids are anchors and links, so each must be unique.
 */
export function checkUniqueIds(
	entries: ReadonlyArray<{ id: string }>,
	ctx: z.RefinementCtx,
	noun: string,
): void {
	const ids = new Map<string, number>();
	entries.forEach((entry, index) => {
		const first = ids.get(entry.id);
		if (first === undefined) ids.set(entry.id, index);
		else
			ctx.addIssue({
				code: 'custom',
				path: [index, 'id'],
				message: `duplicate id "${entry.id}", already the id of entry ${first + 1}: give each ${noun} its own id`,
			});
	});
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
