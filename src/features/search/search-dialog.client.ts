/**
 * The search dialog's behaviour, loaded only when a reader shows intent to search (focus, hover,
 * a shortcut or a `?search=` URL). It runs Pagefind in the browser, expands queries through the
 * glossary (`search-terms.json`), ranks sections within pages and renders them as a listbox.
 */
import {
	excerptParts,
	findComparison,
	NameIndex,
	planCorrection,
	phraseBlock,
	planQuery,
	stripPhrases,
	wordsOf,
	type ComparisonTerm,
	type QueryPlan,
	type SearchData,
} from './search-query.ts';
import {
	compareScores,
	scoreSections,
	sectionMatches,
	wordWeights,
	type Anchor,
	type RankedSection,
	type SubResult,
} from './section-ranking.ts';
import { withTrailingSlash } from '../../lib/urls.ts';
import { installTrustedTypesPolicy } from '../../lib/trusted-types.client.ts';

interface PagefindData {
	url: string;
	content: string;
	excerpt: string;
	meta: { title?: string };
	sub_results: SubResult[];
	anchors?: Anchor[];
}
interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindData>;
}
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}

/** One section a result links to. */
export interface SectionHit {
	pageTitle: string;
	sectionTitle: string;
	url: string;
	excerpt: string;
	/** The section's hidden phrasings, as indexed: stripped from the excerpt when shown. */
	phraseBlock?: string;
}

const LOAD_TIMEOUT_MS = 4000;
const base = withTrailingSlash(import.meta.env.BASE_URL);

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
	return Promise.race([
		promise,
		new Promise<T>((_, reject) =>
			setTimeout(() => reject(new Error(`${what} timed out`)), LOAD_TIMEOUT_MS),
		),
	]);
}

interface Engine {
	pagefind: Pagefind;
	names: NameIndex;
	comparisons: ComparisonTerm[];
	/** Each phrased section's hidden phrasings, by path and hash. */
	phraseBlocks: Map<string, string>;
}

let engine: Promise<Engine> | undefined;

/** A result URL as path and hash, the key sections are known by. */
const sectionKey = (url: string) => {
	const parsed = new URL(url, location.href);
	return parsed.pathname + parsed.hash;
};

/** Loads Pagefind and the glossary names once; both are fetched only on intent. */
export function loadEngine() {
	engine ??= withTimeout(
		(async () => {
			installTrustedTypesPolicy(base);
			const [pagefind, data] = await Promise.all([
				import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
				fetch(`${base}search-terms.json`).then((response) => {
					if (!response.ok) throw new Error(`search-terms.json: ${response.status}`);
					return response.json() as Promise<SearchData>;
				}),
			]);
			await pagefind.options({ baseUrl: base, excerptLength: 22 });
			await pagefind.init();
			const phraseBlocks = new Map(
				data.terms.flatMap((term) =>
					term.phrased && term.answer
						? [[sectionKey(term.answer.url), phraseBlock(term.aliases)] as const]
						: [],
				),
			);
			return {
				pagefind,
				names: new NameIndex(data.terms),
				comparisons: data.comparisons,
				phraseBlocks,
			};
		})(),
		'Loading the search index',
	);
	engine.catch(() => (engine = undefined));
	return engine;
}

/** Pages whose fragments are loaded for a search: only those whose sections are shown. */
const PAGES_SHOWN = 5;

/** What one plan found: its sections, and how each typed word fared on its own. */
interface PlanOutcome {
	hits: SectionHit[];
	/** Whether the query as typed (its first search) found a page by itself. */
	typedFound: boolean;
	/**
	 * Whether the first hit's h2 section holds every word of the search that found it. Words
	 * scattered over a page are no answer ("spot instance pricing" on the DDoS page).
	 */
	answers: boolean;
	/** The words of the first search that the first hit's h2 section holds. */
	heldWords: string[];
	/** The words of the first search that some page holds, and of those, the most one page holds. */
	closestWords: string[];
	/** The words of the first search that no page holds. */
	missing: string[];
}

/**
 * Runs a plan's searches and one search per word, all at once. A page counts for a search only if
 * Pagefind finds every word of that search on it, so word forms match as Pagefind stems them
 * ("inheritance" finds "inherited") while a page holding one word of "kubernetes pod security"
 * does not. Fragments are loaded only for the pages shown. Sections rank by the words of the
 * query they hold (`section-ranking.ts`), and so do pages, by their best section.
 */
async function runPlan(
	pagefind: Pagefind,
	plan: QueryPlan,
	stale: () => boolean,
): Promise<PlanOutcome> {
	const typed = wordsOf(plan.searches[0] ?? '');
	// A question may hold one word no page shares ("how long do role credentials last"): each
	// search of all typed words but one finds the pages that hold the rest.
	const partial =
		typed.length >= 3 ? typed.map((_, i) => typed.filter((_, j) => j !== i).join(' ')) : [];
	const searches = [...plan.searches, ...partial];
	const words = [...new Set(plan.searches.flatMap(wordsOf))];
	const [found, byWord] = await Promise.all([
		Promise.all(searches.map((query) => pagefind.search(query))),
		// Quoted, Pagefind matches the word's stem only: unquoted it also widens a word it cannot
		// find to shorter prefixes ("azure" to "a…"), which would make any page hold any word.
		Promise.all(words.map((word) => pagefind.search(`"${word}"`))),
	]);
	const pagesWith = new Map(
		words.map((word, i) => [word, new Set(byWord[i]?.results.map((result) => result.id))]),
	);
	const has = (id: string, word: string) => pagesWith.get(word)?.has(id) ?? false;
	// A page ranks by its best score over the searches; its sections come from the first search
	// that found it: the words the reader typed say which section they mean better than an
	// expansion's, whose generic words ("organization", "control") match everywhere. A page only
	// a search without one word found ranks after the pages that hold every word.
	const best = new Map<
		string,
		{ score: number; result: PagefindResult; via: number; partial: boolean }
	>();
	let typedFound = false;
	searches.forEach((query, i) => {
		const needed = wordsOf(query);
		const isPartial = i >= plan.searches.length;
		for (const result of found[i]?.results ?? []) {
			if (!needed.every((word) => has(result.id, word))) continue;
			if (i === 0) typedFound = true;
			const known = best.get(result.id);
			if (!known) best.set(result.id, { score: result.score, result, via: i, partial: isPartial });
			else if (known.partial === isPartial && result.score > known.score)
				known.score = result.score;
		}
	});
	const counts = new Map<string, number>();
	for (const word of typed)
		for (const id of pagesWith.get(word) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
	const [closestPage] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
	const closestWords = closestPage ? typed.filter((word) => has(closestPage, word)) : [];
	const missing = typed.filter((word) => (pagesWith.get(word)?.size ?? 0) === 0);
	const none = { hits: [], typedFound, answers: false, heldWords: [], closestWords, missing };
	if (stale()) return none;

	const top = [...best.values()]
		.sort((a, b) => Number(a.partial) - Number(b.partial) || b.score - a.score)
		.slice(0, PAGES_SHOWN);
	const loaded = await Promise.all(top.map(({ result }) => result.data()));
	const pages = loaded.map((page, i) => {
		const { via, partial: isPartial } = top[i]!;
		const searched = wordsOf(searches[via] ?? '');
		return {
			page,
			// The words its answer must hold: all of the search's, or all typed for a partial find.
			required: isPartial ? typed : searched,
			rank: i,
			sections: sectionMatches(page.sub_results, page.content, page.anchors ?? [], searched),
		};
	});
	const weight = wordWeights(
		pages.flatMap(({ sections }) => sections.map((section) => section.words)),
		words,
	);
	const groupCoverage = (section: RankedSection | undefined) =>
		section ? [...section.groupWords].reduce((sum, word) => sum + weight(word), 0) : 0;
	for (const { sections } of pages) {
		scoreSections(sections, weight);
		sections.sort(
			(a, b) =>
				compareScores(b.coverage, a.coverage) ||
				compareScores(groupCoverage(b), groupCoverage(a)) ||
				b.score - a.score,
		);
	}
	// A page that explains a term the query names comes first, the first-named term's first: that
	// is where questions about the term are answered ("does guardduty block attacks" on the
	// GuardDuty page, not the DDoS one; "can an scp restrict the root user" on the SCP one).
	// Then the page whose best section holds most of the query, then the one whose best section
	// Pagefind scores highest.
	const named = plan.namedPages ?? [];
	const home = (page: PagefindData) => {
		const at = named.indexOf(new URL(page.url, location.href).pathname);
		return at < 0 ? named.length : at;
	};
	pages.sort(
		(a, b) =>
			home(a.page) - home(b.page) ||
			compareScores(b.sections[0]?.coverage ?? 0, a.sections[0]?.coverage ?? 0) ||
			compareScores(groupCoverage(b.sections[0]), groupCoverage(a.sections[0])) ||
			(b.sections[0]?.score ?? 0) - (a.sections[0]?.score ?? 0),
	);
	const hits: SectionHit[] = [];
	for (const { page, sections } of pages) {
		const pageTitle = page.meta.title ?? page.url;
		const shown =
			sections.length > 0
				? sections.slice(0, 3).map(({ sub }) => sub)
				: [{ title: pageTitle, url: page.url, excerpt: page.excerpt }];
		for (const section of shown) {
			hits.push({
				pageTitle,
				sectionTitle: section.title,
				url: section.url,
				excerpt: section.excerpt,
			});
		}
	}
	const first = pages[0];
	const firstSection = first?.sections[0];
	const holds = (word: string) => !firstSection || firstSection.groupWords.has(word);
	return {
		hits,
		typedFound,
		// A page without sections holds its words in its one text.
		answers: first !== undefined && first.required.every(holds),
		heldWords: first ? first.required.filter(holds) : [],
		closestWords,
		missing,
	};
}

/** Moves the hit for `answer`'s section to the front, or puts `answer` there if none is. */
function answerFirst(hits: SectionHit[], answer: SectionHit): SectionHit[] {
	const target = new URL(answer.url, location.href);
	const index = hits.findIndex((hit) => {
		const url = new URL(hit.url, location.href);
		return url.pathname === target.pathname && url.hash === target.hash;
	});
	const [found] = index >= 0 ? hits.splice(index, 1) : [];
	return [found ?? answer, ...hits];
}

/** What a search shows: its hits, and how sure it is of them. */
export interface SearchOutcome {
	hits: SectionHit[];
	/** The term the query was taken for (an alias or misspelling), announced with the results. */
	showingResultsFor?: string;
	/**
	 * Set when some typed words match nothing together: the results are for these words only, and
	 * are shown as the closest results, never as an answer.
	 */
	closestTo?: string;
	terms: string[];
}

/**
 * Searches as planned. A comparison table the query names two things of comes first, then the
 * section a glossary name or section phrasing leads to. When the typed words find nothing
 * together, the words that do are searched as closest results (if they are at least half of
 * them); when nothing is found at all, the closest glossary term is searched instead.
 */
export async function search(
	query: string,
	stale: () => boolean = () => false,
): Promise<SearchOutcome> {
	const { pagefind, names, comparisons, phraseBlocks } = await loadEngine();
	let plan = planQuery(query, names);
	let outcome = await runPlan(pagefind, plan, stale);
	let closestTo: string | undefined;
	const typed = wordsOf(plan.searches[0] ?? '');
	// A word no page holds may be misspelt: search again with each such word corrected, before
	// settling for the pages that hold the other words. A glossary name (its aliases include
	// common misspellings) is no misspelling.
	if (outcome.missing.length > 0 && !plan.entry && !stale()) {
		const corrected = typed.map((word) =>
			outcome.missing.includes(word) ? (names.correctWord(word) ?? word) : word,
		);
		if (corrected.some((word, i) => word !== typed[i])) {
			const respelt = planQuery(corrected.join(' '), names);
			const found = await runPlan(pagefind, respelt, stale);
			if (found.hits.length > 0) {
				plan = { ...respelt, showingResultsFor: corrected.join(' ') };
				outcome = { ...found, typedFound: false };
			}
		}
	}
	if (outcome.hits.length === 0 && !stale()) {
		const closest = outcome.closestWords;
		if (closest.length > 0 && closest.length < typed.length && closest.length * 2 >= typed.length) {
			const fallback = planQuery(closest.join(' '), names);
			const found = await runPlan(pagefind, fallback, stale);
			if (found.hits.length > 0) {
				({ hits: outcome.hits } = found);
				closestTo = closest.join(' ');
			}
		}
	}
	if (outcome.hits.length === 0 && !closestTo && !stale()) {
		const correction = planCorrection(query, names);
		if (correction) {
			plan = correction;
			outcome = await runPlan(pagefind, correction, stale);
			outcome.typedFound = false;
		}
	}
	let { hits } = outcome;
	if (!closestTo) {
		const answer = plan.entry?.answer;
		if (answer) hits = answerFirst(hits, { ...answer });
		const table = findComparison(query, comparisons);
		if (table) {
			hits = answerFirst(hits, {
				pageTitle: table.pageTitle,
				sectionTitle: table.title,
				url: table.url,
				excerpt: table.caption,
			});
		}
		// No section holds every word: the hits are the nearest the site has, not an answer.
		if (!answer && !table && hits.length > 0 && !outcome.answers)
			closestTo = outcome.heldWords.join(' ');
	}
	hits = hits.map((hit) => {
		const phraseBlock = phraseBlocks.get(sectionKey(hit.url));
		return phraseBlock ? { ...hit, phraseBlock } : hit;
	});
	return {
		hits,
		terms: (closestTo ?? plan.searches[0] ?? '').split(' ').filter((word) => word.length > 1),
		...(closestTo ? { closestTo } : {}),
		...(plan.showingResultsFor && hits.length > 0 && !outcome.typedFound && !closestTo
			? { showingResultsFor: plan.showingResultsFor }
			: {}),
	};
}

/** Pagefind excerpts as safe DOM: text and `<mark>` only, whatever the indexed text held. */
export function excerptNodes(excerpt: string, phraseBlock?: string): Node[] {
	const parts = excerptParts(excerpt);
	return (phraseBlock ? stripPhrases(parts, phraseBlock) : parts).map(({ text, marked }) => {
		if (!marked) return document.createTextNode(text);
		const mark = document.createElement('mark');
		mark.textContent = text;
		return mark;
	});
}

const MAX_QUERY_LENGTH = 200;
const wired = new WeakSet<HTMLDialogElement>();

/** The elements Tab stops at inside `root`, in document order (no positive tabindex is used). */
function tabStops(root: HTMLElement): HTMLElement[] {
	return [
		...root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]'),
	].filter(
		(element) =>
			element.tabIndex >= 0 && !element.matches(':disabled') && element.checkVisibility(),
	);
}

/**
 * A modal dialog lets Tab leave it for the browser's own controls; this keeps Tab and Shift+Tab
 * cycling inside, as the WAI-ARIA dialog pattern asks.
 */
function trapTab(dialog: HTMLDialogElement, event: KeyboardEvent): void {
	if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
	const stops = tabStops(dialog);
	const first = stops[0];
	const last = stops.at(-1);
	if (!first || !last) return;
	const current = document.activeElement;
	if (event.shiftKey && (current === first || current === dialog)) {
		event.preventDefault();
		last.focus();
	} else if (!event.shiftKey && current === last) {
		event.preventDefault();
		first.focus();
	}
}

/** Opens the search dialog, wiring it on first use, and searches for `query` when given. */
export function openSearch(dialog: HTMLDialogElement, trigger: HTMLElement, query?: string): void {
	const input = dialog.querySelector<HTMLInputElement>('.asn-search__input')!;
	const status = dialog.querySelector<HTMLElement>('.asn-search__status')!;
	const list = dialog.querySelector<HTMLUListElement>('.asn-search__results')!;

	if (!wired.has(dialog)) {
		wired.add(dialog);
		let generation = 0;
		let active = -1;

		const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
		const activate = (index: number) => {
			const all = options();
			if (all.length === 0) return;
			active = (index + all.length) % all.length;
			all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
			input.setAttribute('aria-activedescendant', all[active]!.id);
			all[active]!.scrollIntoView({ block: 'nearest' });
		};
		const syncUrl = (value: string) => {
			const url = new URL(location.href);
			if (value) url.searchParams.set('search', value);
			else url.searchParams.delete('search');
			history.replaceState(history.state, '', url);
		};
		const render = (outcome: SearchOutcome, query: string) => {
			list.replaceChildren(
				...outcome.hits.map((hit, i) => {
					const url = new URL(hit.url, location.href);
					if (outcome.terms.length > 0) url.searchParams.set('highlight', outcome.terms.join(' '));
					// The link itself is the option: an option's children are presentational, so a link
					// inside one would be lost to assistive technology (axe: nested-interactive).
					const link = document.createElement('a');
					link.className = 'asn-search__option';
					link.id = `asn-search-option-${i}`;
					link.setAttribute('role', 'option');
					link.setAttribute('aria-selected', 'false');
					link.href = url.pathname + url.search + url.hash;
					link.tabIndex = -1;
					const section = document.createElement('span');
					section.className = 'asn-search__section';
					section.textContent = hit.sectionTitle;
					const page = document.createElement('span');
					page.className = 'asn-search__page';
					page.textContent = hit.pageTitle;
					const excerpt = document.createElement('span');
					excerpt.className = 'asn-search__excerpt';
					excerpt.append(...excerptNodes(hit.excerpt, hit.phraseBlock));
					link.append(section, page, excerpt);
					const item = document.createElement('li');
					item.setAttribute('role', 'none');
					item.append(link);
					return item;
				}),
			);
			input.setAttribute('aria-expanded', String(outcome.hits.length > 0));
			input.removeAttribute('aria-activedescendant');
			active = -1;
			const quoted = `“${query}”`;
			if (outcome.hits.length === 0) {
				status.textContent = `No results for ${quoted}. Try another word, or browse the glossary.`;
			} else if (outcome.closestTo) {
				status.textContent = `No exact match for ${quoted}. Closest results for “${outcome.closestTo}”.`;
			} else if (outcome.showingResultsFor) {
				status.textContent = `No exact match for ${quoted}. Showing results for “${outcome.showingResultsFor}”.`;
			} else {
				status.textContent = `${outcome.hits.length} ${outcome.hits.length === 1 ? 'result' : 'results'} for ${quoted}.`;
			}
			if (outcome.hits.length > 0) activate(0);
		};
		const run = async () => {
			const query = input.value.slice(0, MAX_QUERY_LENGTH).trim();
			const current = ++generation;
			syncUrl(query);
			dialog.removeAttribute('data-search-done');
			if (!query) {
				list.replaceChildren();
				status.textContent = '';
				input.setAttribute('aria-expanded', 'false');
				return;
			}
			status.textContent = 'Searching…';
			try {
				const outcome = await search(query, () => current !== generation);
				if (current !== generation) return;
				render(outcome, query);
				dialog.removeAttribute('data-search-error');
			} catch {
				if (current !== generation) return;
				list.replaceChildren();
				input.setAttribute('aria-expanded', 'false');
				status.textContent =
					'Search is unavailable: the search index could not be loaded. Browse the glossary instead.';
				dialog.setAttribute('data-search-error', '');
			}
			dialog.setAttribute('data-search-done', query);
		};

		// No debounce: every keystroke searches at once, and a newer query makes the older ones
		// stale, so they stop before loading fragments and never render.
		input.addEventListener('input', () => void run());
		input.addEventListener('keydown', (event) => {
			if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
				event.preventDefault();
				activate(active + (event.key === 'ArrowDown' ? 1 : -1));
			} else if (event.key === 'Escape') {
				// A search field would clear itself on the first Esc; Esc closes the dialog at once.
				event.preventDefault();
				dialog.close();
			} else if (event.key === 'Enter') {
				const link = options()[active];
				if (link) {
					event.preventDefault();
					link.click();
				}
			}
		});
		list.addEventListener('click', (event) => {
			if ((event.target as Element).closest('a')) dialog.close();
		});
		dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
		dialog.addEventListener('keydown', (event) => trapTab(dialog, event));
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) dialog.close();
		});
		dialog.addEventListener('close', () => {
			generation++;
			syncUrl('');
			trigger.focus();
		});
		dialog.addEventListener('asn-search-run', () => void run());
	}

	if (!dialog.open) dialog.showModal();
	if (query !== undefined) input.value = query.slice(0, MAX_QUERY_LENGTH);
	input.focus();
	if (input.value) dialog.dispatchEvent(new Event('asn-search-run'));
}
