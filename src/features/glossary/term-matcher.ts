import type { GlossaryEntry } from './glossary-schema.ts';

/** A glossary term found in a text. */
export interface TermMatch {
	entry: GlossaryEntry;
	index: number;
	text: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Singular and simple plural of a phrase: policy → policies, group → groups, SCP → SCPs. */
function withPlural(phrase: string): string {
	const e = escape(phrase);
	if (/[^aeiou]y$/i.test(phrase)) return `${escape(phrase.slice(0, -1))}(?:y|ies)`;
	if (/(s|x|ch|sh)$/i.test(phrase)) return `${e}(?:es)?`;
	return `${e}s?`;
}

/**
 * Finds glossary terms in running text: an entry's term (any case) and its acronym (exact case),
 * each with a simple plural, as whole words. Longer names win over shorter ones they contain, so
 * "IAM role" is found as itself, not as "IAM". Aliases are left to search: they hold misspellings.
 */
export function createTermMatcher(entries: GlossaryEntry[]): (text: string) => TermMatch[] {
	const linkable = entries.filter((entry) => entry.autolink);
	const terms = compile(
		linkable.map((entry) => ({ entry, name: entry.term })),
		'gi',
	);
	const acronyms = compile(
		linkable.flatMap((entry) => (entry.acronym ? [{ entry, name: entry.acronym }] : [])),
		'g',
	);
	return (text) => {
		const found = [...terms(text), ...acronyms(text)].sort(
			(a, b) => a.index - b.index || b.text.length - a.text.length,
		);
		const kept: TermMatch[] = [];
		for (const match of found) {
			const last = kept.at(-1);
			if (!last || match.index >= last.index + last.text.length) kept.push(match);
		}
		return kept;
	};
}

function compile(names: Array<{ entry: GlossaryEntry; name: string }>, flags: string) {
	if (names.length === 0) return () => [];
	const sorted = [...names].sort((a, b) => b.name.length - a.name.length);
	const regex = new RegExp(
		`(?<![\\w-])(?:${sorted.map(({ name }) => `(${withPlural(name)})`).join('|')})(?![\\w-])`,
		flags,
	);
	return (text: string): TermMatch[] =>
		[...text.matchAll(regex)].map((match) => {
			const group = match.findIndex((value, i) => i > 0 && value !== undefined);
			return { entry: sorted[group - 1]!.entry, index: match.index, text: match[0] };
		});
}
