import type { APIRoute } from 'astro';
import { glossary, siteIndex } from 'virtual:asn/site-data';
import { sitePreviews } from './link-previews.ts';

/** `link-previews.json`: every term's and section's preview, fetched by the popover on first use. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(sitePreviews(siteIndex, glossary)), {
		headers: { 'Content-Type': 'application/json' },
	});
