/** What search needs to know about a glossary entry. */
export interface SearchTerm {
	term: string;
	acronym?: string | undefined;
	aliases: string[];
	/**
	 * Set for a section's phrasings (its aliases), which Pagefind indexed as hidden text
	 * (`phraseBlock`) that the dialog strips from excerpts.
	 */
	phrased?: true | undefined;
	/** The section that explains the term: the best answer when a query names it. */
	answer?: { url: string; pageTitle: string; sectionTitle: string; excerpt: string } | undefined;
}

/** A comparison table, and the names of each thing it compares (one list per column). */
export interface ComparisonTerm {
	url: string;
	pageTitle: string;
	title: string;
	caption: string;
	columns: string[][];
}

/** What `search-terms.json` holds: names that lead to sections, and the comparison tables. */
export interface SearchData {
	terms: SearchTerm[];
	comparisons: ComparisonTerm[];
}

/** How a query maps to the glossary. */
export interface NameMatch {
	entry: SearchTerm;
	/** The name in the query was the entry's term or acronym (or their plural), not an alias. */
	canonical: boolean;
}

/**
 * Words that carry no meaning in a question ("who patches the guest OS?") or a comparison ("waf
 * vs shield", "difference between KMS and CloudHSM"): no page needs to contain them.
 */
const STOP_WORDS = new Set(
	'a about also am an and any are as at be been being between but can compare compared comparison could difference differences do does for from get had has have how i if in into is it its just let make makes many me much my need needs of on or our should so something than that the their them there they thing things this to us versus vs want wants was we were what when where which who why will with would you your'.split(
		' ',
	),
);

/** Lowercase, trimmed, punctuation folded to spaces, single-spaced. */
function normalize(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Normalized and without spaces: "guard duty", "guard-duty" and "guardduty" are one key. */
export function compact(text: string): string {
	return normalize(text).replace(/ /g, '');
}

const singular = (key: string) => key.replace(/(?<=\w{3})(ies)$/, 'y').replace(/(?<=\w{2})s$/, '');

/** Looks up glossary names in queries: exact names, names inside queries, and near-misses. */
export class NameIndex {
	readonly #byKey = new Map<string, NameMatch>();
	readonly #names: Array<{ name: string; key: string; match: NameMatch }> = [];
	#vocabulary: string[] | undefined;

	constructor(entries: SearchTerm[]) {
		for (const entry of entries) {
			const canonical = [entry.term, entry.acronym].filter((n): n is string => Boolean(n));
			for (const name of [...canonical, ...entry.aliases]) {
				const match = { entry, canonical: canonical.includes(name) };
				for (const key of new Set([compact(name), singular(compact(name))])) {
					if (key && !this.#byKey.has(key)) this.#byKey.set(key, match);
				}
				this.#names.push({ name: normalize(name), key: compact(name), match });
			}
		}
		this.#names.sort((a, b) => b.name.length - a.name.length);
	}

	/** The entry the whole query names, ignoring case, spacing, hyphens and a plural. */
	exact(query: string): NameMatch | undefined {
		const key = compact(query);
		return this.#byKey.get(key) ?? this.#byKey.get(singular(key));
	}

	/**
	 * Glossary names that appear as whole words inside the query, not overlapping (the longest
	 * name wins), in the order the query names them.
	 */
	within(query: string): Array<{ name: string; match: NameMatch }> {
		let rest = ` ${normalize(query)} `;
		const found: Array<{ name: string; match: NameMatch; at: number }> = [];
		for (const { name, match } of this.#names) {
			const at = name.length < 2 ? -1 : rest.indexOf(` ${name} `);
			if (at < 0) continue;
			found.push({ name, match, at });
			// Blanked to the same length, so later positions still count from the query's start.
			rest = rest.replace(` ${name} `, ` ${'|'.repeat(name.length)} `);
		}
		return found.sort((a, b) => a.at - b.at).map(({ name, match }) => ({ name, match }));
	}

	/**
	 * The word of a glossary name or section phrasing closest to `word`, if `word` is a plausible
	 * misspelling of it ("acess" → "access", "inspecter" → "inspector"): one edit, two for words
	 * of eight letters or more.
	 */
	correctWord(word: string): string | undefined {
		if (word.length < 4) return undefined;
		this.#vocabulary ??= [
			...new Set(this.#names.flatMap(({ name }) => name.split(' ').filter((w) => w.length >= 4))),
		];
		let best: { distance: number; word: string } | undefined;
		for (const known of this.#vocabulary) {
			if (known === word || Math.abs(known.length - word.length) > 2) continue;
			const distance = editDistance(word, known);
			if (distance <= (word.length >= 8 ? 2 : 1) && (!best || distance < best.distance))
				best = { distance, word: known };
		}
		return best?.word;
	}

	/**
	 * The entry whose name is closest to the query, if it is a plausible misspelling of it: one
	 * edit, two for names of eight letters or more, and never more than `maxDistance`.
	 */
	closest(query: string, maxDistance = 2): NameMatch | undefined {
		const key = compact(query);
		if (key.length < 4) return undefined;
		const allowed = Math.min(maxDistance, key.length >= 8 ? 2 : 1);
		let best: { distance: number; match: NameMatch } | undefined;
		for (const { key: name, match } of this.#names) {
			if (Math.abs(name.length - key.length) > allowed) continue;
			const distance = editDistance(key, name);
			if (distance <= allowed && (!best || distance < best.distance)) best = { distance, match };
		}
		return best?.match;
	}
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps. */
export function editDistance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				value = Math.min(value, d[i - 2]![j - 2]! + 1);
			d[i]![j] = value;
		}
	}
	return d[a.length]![b.length]!;
}

const COMPARISON_WORDS = new Set(['vs', 'versus']);

/** The words of a search, each searched on its own to learn which pages hold it. */
export function wordsOf(search: string): string[] {
	return [...new Set(normalize(search).split(' ').filter(Boolean))];
}

/**
 * The comparison table a query asks for: one whose compared things the query names at least two
 * of ("waf vs network acl", "kms or cloudhsm"), the most named first. Names are matched as whole
 * words, longest first, each part of the query counting once.
 */
export function findComparison(
	query: string,
	comparisons: ComparisonTerm[],
): ComparisonTerm | undefined {
	let best: { table: ComparisonTerm; named: number } | undefined;
	for (const table of comparisons) {
		const names = table.columns
			.flatMap((names, column) => names.map((name) => ({ name: normalize(name), column })))
			.filter(({ name }) => name.length >= 2)
			.sort((a, b) => b.name.length - a.name.length);
		let rest = ` ${normalize(query)} `;
		const named = new Set<number>();
		for (const { name, column } of names) {
			if (!rest.includes(` ${name} `)) continue;
			named.add(column);
			rest = rest.replace(` ${name} `, ' | ');
		}
		if (named.size >= 2 && (!best || named.size > best.named)) best = { table, named: named.size };
	}
	return best?.table;
}

/**
 * The query without stop words, when it is a question or phrase of three words or more. Words
 * inside `keep` (glossary names found in the query, such as "single sign on") stay, stop words
 * and all.
 */
export function keywords(query: string, keep: string[] = []): string {
	const text = normalize(query);
	const words = text.split(' ').filter(Boolean);
	if (words.length < 3 && !words.some((word) => COMPARISON_WORDS.has(word))) return text;
	const protectedAt = new Set<number>();
	for (const name of keep) {
		const parts = normalize(name).split(' ');
		for (let i = 0; i + parts.length <= words.length; i++) {
			if (parts.every((part, j) => words[i + j] === part))
				for (let j = 0; j < parts.length; j++) protectedAt.add(i + j);
		}
	}
	const kept = words.filter((word, i) => protectedAt.has(i) || !STOP_WORDS.has(word));
	return (kept.length > 0 ? kept : words).join(' ');
}

/** A plan for one query: the Pagefind searches to run, and the correction to announce, if any. */
export interface QueryPlan {
	searches: string[];
	/**
	 * The term the query was taken for when it is an alias, misspelling or variant: announced when
	 * the query as typed finds nothing by itself.
	 */
	showingResultsFor?: string;
	/** The glossary entry the whole query names: its section is the first result. */
	entry?: SearchTerm;
	/**
	 * Pages of the glossary terms named inside the query, in the order it names them: where
	 * questions about them are answered, the first-named term's (the subject's, mostly) first.
	 */
	namedPages?: string[];
}

/**
 * Plans the Pagefind searches for what a reader typed. Acronyms and expansions are
 * interchangeable ("SCP" also searches "service control policy" and the reverse), a query that is
 * exactly a glossary alias searches its term, and questions drop their stop words.
 */
export function planQuery(query: string, names: NameIndex): QueryPlan {
	const exact = names.exact(query);
	if (exact) {
		const { term, acronym } = exact.entry;
		return {
			searches: unique([
				normalize(query),
				normalize(term),
				...(acronym ? [normalize(acronym)] : []),
			]),
			entry: exact.entry,
			...(exact.canonical ? {} : { showingResultsFor: term }),
		};
	}
	// A query a letter or two off a glossary name is taken for it ("inspecter", "service controll
	// policy"), even when Pagefind's stemming finds the misspelling on a page ("inspect").
	// A query of several words may be one letter off only: "tag policies" is not "iam policies".
	const near = names.closest(query, /\s/.test(normalize(query)) ? 1 : 2);
	if (near) {
		const { term, acronym } = near.entry;
		return {
			searches: unique([
				normalize(term),
				...(acronym ? [normalize(acronym)] : []),
				normalize(query),
			]),
			entry: near.entry,
			showingResultsFor: term,
		};
	}
	const named = names.within(normalize(query));
	const base = keywords(
		query,
		named.map(({ name }) => name),
	);
	const searches = [base];
	for (const { name, match } of names.within(base)) {
		for (const replacement of [match.entry.term, match.entry.acronym]) {
			if (replacement)
				searches.push(` ${base} `.replace(` ${name} `, ` ${normalize(replacement)} `).trim());
		}
	}
	const namedPages = unique(
		named.map(({ match }) => match.entry.answer?.url.replace(/#.*$/, '') ?? ''),
	);
	return { searches: unique(searches).slice(0, 4), ...(namedPages.length ? { namedPages } : {}) };
}

/** The fallback plan when a query found nothing: its closest glossary term, if there is one. */
export function planCorrection(query: string, names: NameIndex): QueryPlan | undefined {
	const words = keywords(query).split(' ');
	const match =
		names.closest(query) ?? (words.length > 1 ? undefined : names.closest(words[0] ?? ''));
	if (!match) return undefined;
	const { term, acronym } = match.entry;
	return {
		searches: unique([normalize(term), ...(acronym ? [normalize(acronym)] : [])]),
		showingResultsFor: term,
		entry: match.entry,
	};
}

const unique = (items: string[]) => [...new Set(items.filter(Boolean))];

/** A run of excerpt text, and whether Pagefind marked it as a hit. */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
};

/** Decodes the character references Pagefind writes into excerpts; others are left as written. */
function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (reference, name: string) => {
		if (name[0] === '#') {
			const code =
				name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
		}
		return NAMED_ENTITIES[name.toLowerCase()] ?? reference;
	});
}

/**
 * Reads a Pagefind excerpt (escaped text with `<mark>` around the hits) as text runs, without an
 * HTML parser: the dialog builds text and `<mark>` nodes from them, so nothing in an excerpt is
 * ever inserted as HTML, and no Trusted Types sink is needed. Any other tag is dropped, its text
 * kept.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let marked = false;
	for (const piece of excerpt.split(/(<[^>]*>)/)) {
		if (piece.startsWith('<') && piece.endsWith('>')) {
			const tag = /^<\s*(\/?)\s*([a-z0-9]+)/i.exec(piece);
			if (tag?.[2]?.toLowerCase() === 'mark') marked = tag[1] !== '/';
			continue;
		}
		if (!piece) continue;
		const text = decodeEntities(piece);
		const last = parts.at(-1);
		if (last && last.marked === marked) last.text += text;
		else parts.push({ text, marked });
	}
	return parts;
}

/** The indexed text of a section's phrasings, as the hidden span holds it. */
export function phraseBlock(phrases: string[]): string {
	return `${phrases.join('; ')}.`;
}

/**
 * An excerpt without the words of its section's hidden phrasings (`block`, as
 * `remark-search-phrases` indexed them), whether it shows the whole block or only its start or
 * end: the phrasings rank the section, but they are not the page's words.
 */
export function stripPhrases(parts: ExcerptPart[], block: string): ExcerptPart[] {
	const plain = parts.map((part) => part.text).join('');
	// One flag per UTF-16 unit, as the string indices below count.
	const marked = parts.flatMap((part) => part.text.split('').map(() => part.marked));
	let cut: [number, number] | undefined;
	const whole = plain.indexOf(block);
	if (whole >= 0) cut = [whole, whole + block.length];
	// The excerpt may start inside the block, or end inside it; two words make it the block's.
	const words = block.split(' ');
	for (let k = words.length - 1; k >= 2 && !cut; k--) {
		const end = words.slice(-k).join(' ');
		const start = words.slice(0, k).join(' ');
		if (plain.startsWith(end)) cut = [0, end.length];
		else if (plain.endsWith(start)) cut = [plain.length - start.length, plain.length];
	}
	if (!cut) return parts;
	let [from, to] = cut;
	// One space where the block was, none at either end.
	while (to < plain.length && /\s/.test(plain[to]!) && (from === 0 || /\s/.test(plain[from - 1]!)))
		to++;
	while (to === plain.length && from > 0 && /\s/.test(plain[from - 1]!)) from--;
	const chars = (plain.slice(0, from) + plain.slice(to)).split('');
	const flags = [...marked.slice(0, from), ...marked.slice(to)];
	const result: ExcerptPart[] = [];
	chars.forEach((char, i) => {
		const last = result.at(-1);
		if (last && last.marked === flags[i]) last.text += char;
		else result.push({ text: char, marked: flags[i]! });
	});
	return result;
}
