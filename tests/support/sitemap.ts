import { readFileSync } from 'node:fs';

const distDir = new URL('../../dist/', import.meta.url);
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

/** One page of the sitemap: its absolute path, and its `lastmod` day when it has one. */
export interface SitemapEntry {
	path: string;
	lastmod: string | undefined;
}

/** Every page of the sitemap in `dist/`, with its `lastmod`. Fails when the site has not been built. */
export function sitemapEntries(): SitemapEntry[] {
	const index = readFileSync(new URL('sitemap-index.xml', distDir), 'utf8');
	return locs(index).flatMap((sitemap) => {
		const file = new URL(sitemap).pathname.split('/').pop()!;
		const xml = readFileSync(new URL(file, distDir), 'utf8');
		return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, url]) => ({
			path: new URL(locs(url!)[0]!).pathname,
			lastmod: url!.match(/<lastmod>([^<]+)<\/lastmod>/)?.[1],
		}));
	});
}

/**
 * Absolute paths of every built page, read from the sitemap in `dist/` so that tests can be
 * declared per page. Fails when the site has not been built.
 */
export function sitemapPaths(): string[] {
	return sitemapEntries().map((entry) => entry.path);
}
