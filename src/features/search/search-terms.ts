import type { APIRoute } from 'astro';
import { glossary, siteIndex } from 'virtual:asn/site-data';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/**
 * The glossary's names for the search dialog, which fetches this only when a reader searches,
 * with the section that explains each term: the best answer when a query names the term.
 */
export const GET: APIRoute = () =>
	new Response(
		JSON.stringify(
			glossary.map(({ term, acronym, aliases, definition, target }) => {
				const [page = '', fragment = ''] = target.split('#');
				const entry = siteIndex.get(page);
				return {
					term,
					acronym,
					aliases,
					answer: {
						url: `${base}${page ? `${page}/` : ''}#${fragment}`,
						pageTitle: entry?.title ?? page,
						sectionTitle: entry?.headings.find((h) => h.id === fragment)?.text ?? term,
						excerpt: definition,
					},
				};
			}),
		),
		{ headers: { 'Content-Type': 'application/json' } },
	);
