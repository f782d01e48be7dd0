import { relative } from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { SiteIndex } from '../../lib/site-index.ts';

/** After how many days a page's `verified` date asks for a re-check. */
const RECHECK_AFTER_DAYS = 180;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A warning for each page whose facts were last checked more than 180 days before `today`, as
 * `file:line: …`. AWS changes under the pages, so an old check is worth a look, not a failed build.
 */
export function staleVerifiedPages(index: SiteIndex, today: Date): string[] {
	const warnings: string[] = [];
	for (const page of index.values()) {
		if (!page.verified) continue;
		const age = Math.floor((today.getTime() - Date.parse(page.verified)) / DAY_MS);
		if (age <= RECHECK_AFTER_DAYS) continue;
		warnings.push(
			`${relative(process.cwd(), page.file)}:${page.verifiedLine ?? 1}: verified ${page.verified}, ${age} days ago: re-check the page against its sources and update \`verified\` (docs/authoring.md, "Re-verify a page").`,
		);
	}
	return warnings;
}

/** Warns, when a build starts, about each page not checked against AWS documentation for 180 days. */
export function verifiedDates({ index }: { index: SiteIndex }): AstroIntegration {
	return {
		name: 'asn:verified-dates',
		hooks: {
			'astro:build:start': ({ logger }) => {
				for (const warning of staleVerifiedPages(index, new Date())) logger.warn(warning);
			},
		},
	};
}

/**
 * The sitemap's `serialize` option: each page's `lastmod` is the day its facts were verified, the
 * change a reader (and a crawler) cares about. Pages without a date keep none.
 */
export function lastmodFromVerified(index: SiteIndex, base: string) {
	const root = base.endsWith('/') ? base : `${base}/`;
	return (item: SitemapItem): SitemapItem => {
		const path = new URL(item.url).pathname;
		const slug = path.startsWith(root) ? path.slice(root.length).replace(/\/$/, '') : undefined;
		const verified = slug === undefined ? undefined : index.get(slug)?.verified;
		return verified ? { ...item, lastmod: verified } : item;
	};
}
