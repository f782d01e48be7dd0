import { findHeading, type SiteIndex } from '../../lib/site-index.ts';

/** A section on another page that links to the page in question. */
export interface Backlink {
	page: string;
	pageTitle: string;
	section: string | undefined;
	sectionText: string | undefined;
}

/**
 * The sections of other pages that link to `slug`, in site order, once each. Navigation-only
 * pages (home, glossary) are left out: every page is linked from them.
 */
export function backlinksTo(index: SiteIndex, slug: string, skip = ['', 'glossary']): Backlink[] {
	const found = new Map<string, Backlink>();
	for (const source of index.values()) {
		if (source.slug === slug || skip.includes(source.slug)) continue;
		for (const link of source.links) {
			if (link.page !== slug) continue;
			const key = `${source.slug}#${link.fromSection ?? ''}`;
			if (found.has(key)) continue;
			found.set(key, {
				page: source.slug,
				pageTitle: source.title,
				section: link.fromSection,
				sectionText: findHeading(index, { page: source.slug, fragment: link.fromSection ?? '' })
					?.text,
			});
		}
	}
	return [...found.values()];
}
