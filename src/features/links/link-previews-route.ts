import type { APIRoute, GetStaticPaths } from 'astro';
import { glossary, siteIndex } from 'virtual:asn/site-data';
import { pagePreviews, termPreviews, type Previews } from './link-previews.ts';
import { previewFileName } from './preview-data.ts';

const json = (previews: Previews) =>
	new Response(JSON.stringify(previews), { headers: { 'Content-Type': 'application/json' } });

/** `link-previews/pages/<page>.json`: one per page of the site index. */
export const getStaticPaths = (() =>
	[...siteIndex.keys()].map((page) => ({
		params: { page: previewFileName(page) },
		props: { page },
	}))) satisfies GetStaticPaths;

/** A page's previews, fetched by the popover when a reader first points at a link to the page. */
export const GET: APIRoute = ({ props }) => json(pagePreviews(siteIndex, props['page'] as string));

/** `link-previews/terms.json`: every glossary term's preview. */
export const GET_TERMS: APIRoute = () => json(termPreviews(glossary));
