/**
 * Ranking sections by how much of a query they hold. Pagefind scores a page as a whole and lists
 * every section that holds any of the words; a question's words often recur in a sibling section
 * ("management account" on the Organizations page). Here each section counts which of the query's
 * words it holds, each word weighted by how rare it is among the sections found, so the section
 * that holds "scps" and "restricted" beats the one that only repeats "account".
 */

/** Where Pagefind matched inside one section, as `PagefindData.sub_results` gives it. */
export interface SubResult {
	title: string;
	url: string;
	excerpt: string;
	locations: number[];
	weighted_locations?: Array<{ balanced_score: number; location?: number; weight?: number }>;
}

/** A heading Pagefind recorded, with the word position where it starts. */
export interface Anchor {
	element: string;
	id: string;
	location: number;
}

/** One section, scored. */
export interface RankedSection {
	sub: SubResult;
	/** The query words this section holds. */
	words: Set<string>;
	/** The query words its whole h2 section (with its h3s) holds. */
	groupWords: Set<string>;
	/** Sum of the weights of `words`. */
	coverage: number;
	/** Pagefind's score of each matched location, with the word it matched. */
	matches: Array<{ word: string; score: number; location: number; label: boolean }>;
	/** Pagefind's scores of the matches, each times its word's weight: the tie-break. */
	score: number;
}

/** The pieces of a content token that Pagefind indexes as words: "CloseAccount" is "close", "account". */
function tokenParts(token: string): string[] {
	return token
		.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

const commonPrefix = (a: string, b: string) => {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
};

/**
 * The query words a matched content token is a form of. Pagefind found the token by a word's
 * stem, so for each part of the token the word sharing the longest start with it is the one it
 * matched ("restricted" for "restrict", "pricing" for "Price"), and a compound holds a word per
 * part ("guard" and "duty" in "GuardDuty"). A word or part of one or two characters ("2", "s3")
 * matches only itself, or its plural ("ous" for "OU").
 */
export function attributeToken(token: string, words: string[]): string[] {
	const found = new Set<string>();
	for (const part of tokenParts(token)) {
		let best: { word: string; length: number } | undefined;
		for (const word of words) {
			let length = 0;
			if (word.length < 3 || part.length < 3) length = part === word ? word.length : 0;
			else {
				const shared = commonPrefix(word, part);
				// Forms of one stem: a long shared start, or a short one with short endings
				// ("paying" and "pays", "owns" and "own"), or the plural of the part ("ous", "ou").
				if (
					shared >= Math.min(word.length, 4) ||
					(shared >= 3 && word.length - shared <= 3 && part.length - shared <= 3)
				)
					length = shared;
			}
			if (word === `${part}s`) length = part.length;
			if (length > 0 && (!best || length > best.length)) best = { word, length };
		}
		if (best) found.add(best.word);
	}
	return [...found];
}

/**
 * Which of `words` each section of one page holds. `content` is the page's indexed text (Pagefind
 * counts locations in whitespace-separated tokens of it) and `anchors` its headings, which group
 * h3 sections under their h2. Coverage is left at 0 for `scoreSections`.
 */
export function sectionMatches(
	subs: SubResult[],
	content: string,
	anchors: Anchor[],
	words: string[],
): RankedSection[] {
	// Pagefind's own word split (whitespace, but not U+FEFF): locations count these tokens.
	const tokens = content.split(/[^\S\uFEFF]+/);
	const h2Of = new Map<string, string>();
	let h2 = '';
	for (const anchor of [...anchors].sort((a, b) => a.location - b.location)) {
		if (/^h[12]$/i.test(anchor.element)) h2 = anchor.id;
		h2Of.set(anchor.id, h2 || anchor.id);
	}
	const sections = subs.map((sub) => {
		const scored =
			sub.weighted_locations?.map((l) => ({
				location: l.location,
				score: l.balanced_score,
				label: (l.weight ?? 1) >= LABEL_WEIGHT,
			})) ?? sub.locations.map((location) => ({ location, score: 1, label: false }));
		// A page's intro, before its first heading, counts half.
		const intro = sub.url.endsWith('#_top') || !sub.url.includes('#') ? 0.5 : 1;
		const matches: RankedSection['matches'] = [];
		for (const { location, score, label } of scored) {
			if (location === undefined) continue;
			for (const word of attributeToken(tokens[location] ?? '', words))
				matches.push({ word, score: score * intro, location, label });
		}
		const held = new Set(matches.map(({ word }) => word));
		return { sub, words: held, groupWords: held, coverage: 0, matches, score: 0 };
	});
	const groupOf = (sub: SubResult) => {
		const id = decodeURIComponent(sub.url.split('#')[1] ?? '');
		return h2Of.get(id) ?? id;
	};
	const groups = new Map<string, Set<string>>();
	for (const section of sections) {
		const key = groupOf(section.sub);
		groups.set(key, new Set([...(groups.get(key) ?? []), ...section.words]));
	}
	for (const section of sections) section.groupWords = groups.get(groupOf(section.sub))!;
	return sections;
}

/**
 * Pagefind weight from which a match labels its whole section: headings (5 and up) and the
 * section's search phrasings (`PHRASE_WEIGHT`, 4).
 */
const LABEL_WEIGHT = 4;

/**
 * Tokens one passage of body text spans: the words that answer a question sit within a sentence
 * or two of each other, while a long section or a table holds many words far apart.
 */
export const PASSAGE_TOKENS = 40;

/**
 * A section's coverage: the summed weights of the words its heading and phrasings hold, and of
 * those the best passage of `PASSAGE_TOKENS` tokens of its text adds.
 */
export function passageCoverage(
	matches: RankedSection['matches'],
	weight: (word: string) => number,
): number {
	const labels = new Set(matches.filter((m) => m.label).map((m) => m.word));
	const body = matches.filter((m) => !m.label).sort((a, b) => a.location - b.location);
	const inWindow = new Map<string, number>();
	let best = 0;
	let current = 0;
	let start = 0;
	for (const match of body) {
		const count = inWindow.get(match.word) ?? 0;
		inWindow.set(match.word, count + 1);
		if (count === 0 && !labels.has(match.word)) current += weight(match.word);
		while (match.location - body[start]!.location >= PASSAGE_TOKENS) {
			const left = body[start++]!;
			const remaining = inWindow.get(left.word)! - 1;
			inWindow.set(left.word, remaining);
			if (remaining === 0 && !labels.has(left.word)) current -= weight(left.word);
		}
		best = Math.max(best, current);
	}
	let labelled = 0;
	for (const word of labels) labelled += weight(word);
	return labelled + best;
}

/**
 * Sets each section's coverage (`passageCoverage`) and sorts them best first: most coverage, then
 * Pagefind's scores weighted the same way.
 */
export function scoreSections(
	sections: RankedSection[],
	weight: (word: string) => number,
): RankedSection[] {
	for (const section of sections) {
		section.coverage = passageCoverage(section.matches, weight);
		section.score = section.matches.reduce((sum, m) => sum + m.score * weight(m.word), 0);
	}
	return sections.sort((a, b) => compareScores(b.coverage, a.coverage) || b.score - a.score);
}

/**
 * Weights of the query words by rarity among the sections found: a word every section holds
 * ("account", "aws") weighs little, a word one section holds weighs most.
 */
export function wordWeights(sectionWords: Array<Set<string>>, words: string[]) {
	const total = Math.max(1, sectionWords.length);
	const weights = new Map(
		words.map((word) => {
			const df = sectionWords.filter((held) => held.has(word)).length;
			return [word, Math.log(1 + total / Math.max(1, df))];
		}),
	);
	return (word: string) => weights.get(word) ?? 0;
}

/**
 * Compares two sums of weights, treating sums of the same words as equal: added in another order,
 * floating point makes them differ in the last bits, which would hide the tie-break.
 */
export function compareScores(a: number, b: number): number {
	return Math.abs(a - b) < 1e-9 ? 0 : a - b;
}
