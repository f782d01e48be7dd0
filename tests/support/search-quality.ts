import { findElements, parseBuiltPage } from './built-html.ts';
import type { ExpectedLanding } from './search-queries.ts';

/** What the search dialog showed for one query. */
export interface SearchShown {
	/** The first result's link, or '' when there was none. */
	firstHref: string;
	/** How many results were listed. */
	results: number;
	/** The status line: "3 results for …", "No exact match …", "No results …". */
	status: string;
}

/** How one query fared against where it should land. */
export interface Landing {
	query: string;
	/** An on-topic query whose first result is on the right page. */
	pageOk: boolean;
	/** An on-topic query whose first result is in one of the right h2 sections. */
	sectionOk: boolean;
	/** Results shown as an answer, not as "No exact match … closest results" or "No results". */
	confident: boolean;
	/** Where the first result went, for reports. */
	landedOn: string;
	expected: ExpectedLanding;
}

const sectionsCache = new Map<string, Map<string, string>>();

/** For each heading id on a built page, the h2 section it belongs to. */
export function sectionOf(page: string): Map<string, string> {
	let map = sectionsCache.get(page);
	if (!map) {
		map = new Map();
		let h2 = '';
		for (const heading of findElements(parseBuiltPage(page), 'h2', 'h3')) {
			const id = heading.properties['id'];
			if (typeof id !== 'string') continue;
			if (heading.tagName === 'h2') h2 = id;
			map.set(id, h2);
		}
		sectionsCache.set(page, map);
	}
	return map;
}

/** Judges what the dialog showed against where the query should land. */
export function judge(expected: ExpectedLanding, shown: SearchShown): Landing {
	const confident =
		shown.results > 0 && !/^No exact match/.test(shown.status) && !/^No results/.test(shown.status);
	if (!shown.firstHref) {
		return {
			query: expected.query,
			pageOk: false,
			sectionOk: false,
			confident,
			landedOn: '(no results)',
			expected,
		};
	}
	const url = new URL(shown.firstHref, 'http://x/');
	const page =
		url.pathname
			.replace(/^\/+|\/+$/g, '')
			.split('/')
			.pop() ?? '';
	const fragment = decodeURIComponent(url.hash.slice(1));
	const landedOn = `${page}#${fragment}`;
	if (!expected.page)
		return {
			query: expected.query,
			pageOk: false,
			sectionOk: false,
			confident,
			landedOn,
			expected,
		};
	const pageOk = page === expected.page;
	const section = pageOk ? sectionOf(expected.page).get(fragment) : undefined;
	return {
		query: expected.query,
		pageOk,
		sectionOk: pageOk && section !== undefined && expected.sections.includes(section),
		confident,
		landedOn,
		expected,
	};
}

/** The rates a set of landings reaches, and the queries that missed. */
export function rates(landings: Landing[]) {
	const onTopic = landings.filter((l) => l.expected.page);
	const offTopic = landings.filter((l) => !l.expected.page);
	return {
		onTopic: onTopic.length,
		offTopic: offTopic.length,
		sectionFirst: onTopic.filter((l) => l.sectionOk).length / Math.max(1, onTopic.length),
		pageFirst: onTopic.filter((l) => l.pageOk).length / Math.max(1, onTopic.length),
		/** On-topic queries that got "No results". */
		noResults: onTopic.filter((l) => l.landedOn === '(no results)').map((l) => l.query),
		/** Off-topic queries given a confident answer. */
		offTopicAnswered: offTopic.filter((l) => l.confident).map((l) => `${l.query} → ${l.landedOn}`),
		misses: onTopic
			.filter((l) => !l.sectionOk)
			.map(
				(l) =>
					`${l.query} → ${l.landedOn} (wanted ${l.expected.page}#${l.expected.page ? l.expected.sections.join('|') : ''})`,
			),
	};
}
