/**
 * The search dialog's behaviour, loaded only when a reader shows intent to search (focus, hover,
 * a shortcut or a `?search=` URL). It runs Pagefind in the browser, expands queries through the
 * glossary (`search-terms.json`), ranks sections within pages and renders them as a listbox.
 */
import {
	containsAllWords,
	excerptParts,
	NameIndex,
	planCorrection,
	planQuery,
	type QueryPlan,
	type SearchTerm,
} from './search-query.ts';
import { withTrailingSlash } from '../../lib/urls.ts';
import { allowPagefindWorker } from './pagefind-trusted-types.client.ts';

interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	weighted_locations?: Array<{ balanced_score: number }>;
	locations: number[];
}
interface PagefindData {
	url: string;
	content: string;
	excerpt: string;
	meta: { title?: string };
	sub_results: PagefindSubResult[];
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

let engine: Promise<{ pagefind: Pagefind; names: NameIndex }> | undefined;

/** Loads Pagefind and the glossary names once; both are fetched only on intent. */
export function loadEngine() {
	engine ??= withTimeout(
		(async () => {
			allowPagefindWorker(base);
			const [pagefind, terms] = await Promise.all([
				import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
				fetch(`${base}search-terms.json`).then((response) => {
					if (!response.ok) throw new Error(`search-terms.json: ${response.status}`);
					return response.json() as Promise<SearchTerm[]>;
				}),
			]);
			await pagefind.options({ baseUrl: base, excerptLength: 22 });
			await pagefind.init();
			return { pagefind, names: new NameIndex(terms) };
		})(),
		'Loading the search index',
	);
	engine.catch(() => (engine = undefined));
	return engine;
}

/** Section score: how strongly the query matched inside it. The page's intro counts for less. */
const sectionScore = (sub: PagefindSubResult) => {
	const score =
		sub.weighted_locations?.reduce((sum, l) => sum + l.balanced_score, 0) ?? sub.locations.length;
	return sub.url.endsWith('#_top') || !sub.url.includes('#') ? score / 2 : score;
};

const PAGES_PER_SEARCH = 8;

/** The sections a plan finds, and whether the query as typed (its first search) found any. */
async function runPlan(
	pagefind: Pagefind,
	plan: QueryPlan,
): Promise<{ hits: SectionHit[]; typedFound: boolean }> {
	let typedFound = false;
	// A page ranks by its best score over the plan's searches, but its sections come from the
	// first search that found it: the words the reader typed say which section they mean better
	// than an expansion's, whose generic words ("organization", "control") match everywhere.
	const best = new Map<string, { score: number; data: PagefindData }>();
	for (const query of plan.searches) {
		const found = (await pagefind.search(query))?.results.slice(0, PAGES_PER_SEARCH) ?? [];
		const pages = await Promise.all(
			found.map(async (result) => ({ result, data: await result.data() })),
		);
		for (const { result, data } of pages) {
			if (!containsAllWords(data.content, query)) continue;
			if (query === plan.searches[0]) typedFound = true;
			const known = best.get(data.url);
			if (!known) best.set(data.url, { score: result.score, data });
			else if (result.score > known.score) known.score = result.score;
		}
	}
	const hits: SectionHit[] = [];
	for (const { data: page } of [...best.values()].sort((a, b) => b.score - a.score).slice(0, 6)) {
		const pageTitle = page.meta.title ?? page.url;
		const sections = [...page.sub_results]
			.sort((a, b) => sectionScore(b) - sectionScore(a))
			.slice(0, 3);
		const shown =
			sections.length > 0
				? sections
				: [{ title: pageTitle, url: page.url, excerpt: page.excerpt, locations: [] }];
		for (const section of shown) {
			hits.push({
				pageTitle,
				sectionTitle: section.title,
				url: section.url,
				excerpt: section.excerpt,
			});
		}
	}
	const answer = plan.entry?.answer;
	if (answer) {
		// The section the glossary names comes first, with Pagefind's excerpt when it found it.
		const target = new URL(answer.url, location.href);
		const index = hits.findIndex((hit) => {
			const url = new URL(hit.url, location.href);
			return url.pathname === target.pathname && url.hash === target.hash;
		});
		const [found] = index >= 0 ? hits.splice(index, 1) : [];
		hits.unshift(found ?? { ...answer });
	}
	return { hits, typedFound };
}

/** What a search shows: its hits, and the term it corrected the query to, if any. */
export interface SearchOutcome {
	hits: SectionHit[];
	showingResultsFor?: string;
	terms: string[];
}

/** Searches as planned; when nothing is found, retries with the closest glossary term. */
export async function search(query: string): Promise<SearchOutcome> {
	const { pagefind, names } = await loadEngine();
	let plan = planQuery(query, names);
	let { hits, typedFound } = await runPlan(pagefind, plan);
	if (hits.length === 0) {
		const correction = planCorrection(query, names);
		if (correction) {
			plan = correction;
			({ hits, typedFound } = await runPlan(pagefind, correction));
			typedFound = false;
		}
	}
	return {
		hits,
		terms: plan.searches[0]?.split(' ').filter((word) => word.length > 1) ?? [],
		...(plan.showingResultsFor && hits.length > 0 && !typedFound
			? { showingResultsFor: plan.showingResultsFor }
			: {}),
	};
}

/** Pagefind excerpts as safe DOM: text and `<mark>` only, whatever the indexed text held. */
export function excerptNodes(excerpt: string): Node[] {
	return excerptParts(excerpt).map(({ text, marked }) => {
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
		let timer: number | undefined;
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
					excerpt.append(...excerptNodes(hit.excerpt));
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
				const outcome = await search(query);
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

		input.addEventListener('input', () => {
			window.clearTimeout(timer);
			timer = window.setTimeout(run, 60);
		});
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
			window.clearTimeout(timer);
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
