import type { APIRoute } from 'astro';
import { comparisons, glossary, siteIndex } from 'virtual:asn/site-data';
import { findHeading } from '../../lib/site-index.ts';
import { parseTarget, sitePath } from '../../lib/urls.ts';
import { compact, type SearchData, type SearchTerm } from './search-query.ts';

const base = import.meta.env.BASE_URL;

/** The glossary's terms, each answered by the section that explains it. */
function glossaryTerms(): SearchTerm[] {
	return glossary.map(({ term, acronym, aliases, definition, target }) => {
		const section = parseTarget(target);
		return {
			term,
			acronym,
			aliases,
			answer: {
				url: sitePath(base, section),
				pageTitle: siteIndex.get(section.page)?.title ?? section.page,
				sectionTitle: findHeading(siteIndex, section)?.text ?? term,
				excerpt: definition,
			},
		};
	});
}

/** Sections with `{/* search: … *\/}` phrasings: each phrasing leads to its section. */
function sectionTerms(): SearchTerm[] {
	return [...siteIndex.values()].flatMap((page) =>
		page.headings
			.filter((heading) => heading.phrases?.length)
			.map((heading) => ({
				term: heading.text,
				aliases: heading.phrases ?? [],
				phrased: true as const,
				answer: {
					url: sitePath(base, { page: page.slug, fragment: heading.id }),
					pageTitle: page.title,
					sectionTitle: heading.text,
					excerpt: heading.summary,
				},
			})),
	);
}

/**
 * The names of one compared thing: its column header, and the names of the glossary entry it is
 * (the header is the entry's term, acronym or an alias, with or without "AWS"/"Amazon").
 */
function columnNames(header: string): string[] {
	const keys = new Set([compact(header), compact(header.replace(/^(AWS|Amazon|IAM)\s+/i, ''))]);
	const entry = glossary.find((e) =>
		[e.term, e.acronym, ...e.aliases].some((name) => name && keys.has(compact(name))),
	);
	return [header, ...(entry ? [entry.term, entry.acronym, ...entry.aliases] : [])].filter(
		(name): name is string => Boolean(name),
	);
}

/**
 * What the search dialog knows besides the Pagefind index, fetched only when a reader searches:
 * glossary names and section phrasings with the section that answers each, and the comparison
 * tables with the names of the things each compares.
 */
export const GET: APIRoute = () => {
	const data: SearchData = {
		terms: [...glossaryTerms(), ...sectionTerms()],
		comparisons: comparisons.map((table) => ({
			url: sitePath(base, { page: table.page, fragment: table.id }),
			pageTitle: siteIndex.get(table.page)?.title ?? table.page,
			title: table.title,
			caption: table.caption,
			columns: table.columns.map(columnNames),
		})),
	};
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
