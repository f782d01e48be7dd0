import type { APIRoute } from 'astro';
import { glossary, siteIndex } from 'virtual:asn/site-data';
import { findHeading } from '../../lib/site-index.ts';
import { parseTarget, sitePath } from '../../lib/urls.ts';

/**
 * The glossary's names for the search dialog, which fetches this only when a reader searches,
 * with the section that explains each term: the best answer when a query names the term.
 */
export const GET: APIRoute = () =>
	new Response(
		JSON.stringify(
			glossary.map(({ term, acronym, aliases, definition, target }) => {
				const section = parseTarget(target);
				return {
					term,
					acronym,
					aliases,
					answer: {
						url: sitePath(import.meta.env.BASE_URL, section),
						pageTitle: siteIndex.get(section.page)?.title ?? section.page,
						sectionTitle: findHeading(siteIndex, section)?.text ?? term,
						excerpt: definition,
					},
				};
			}),
		),
		{ headers: { 'Content-Type': 'application/json' } },
	);
