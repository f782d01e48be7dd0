import type { APIRoute } from 'astro';
import { toAnkiCsv } from './anki-csv.ts';
import { siteDeck } from './site-deck.ts';

/** `flashcards.csv`: the whole deck for Anki, built with the site. */
export const GET: APIRoute = ({ site }) =>
	new Response(toAnkiCsv(siteDeck(), site?.origin ?? 'http://localhost:4321'), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
