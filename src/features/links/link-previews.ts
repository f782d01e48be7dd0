import type { GlossaryEntry } from '../glossary/glossary-schema.ts';
import { findHeading, type SiteIndex } from '../../lib/site-index.ts';
import type { InternalTarget } from '../../lib/urls.ts';
import type { Preview, PreviewData } from './preview-data.ts';

export type { Preview, PreviewData } from './preview-data.ts';

/** The key of a section's preview in `PreviewData.sections`. */
export const sectionKey = ({ page, fragment }: InternalTarget): string => `${page}#${fragment}`;

/** The preview of a glossary term: its name (and acronym) and its definition. */
const termPreview = (entry: GlossaryEntry): Preview => [
	entry.acronym ? `${entry.term} (${entry.acronym})` : entry.term,
	entry.definition,
];

/**
 * The preview of a link to `target`: the page's title and the section heading, with the section's
 * first sentences (else the page's description). Undefined when there is nothing to show.
 */
export function sectionPreview(index: SiteIndex, target: InternalTarget): Preview | undefined {
	const entry = index.get(target.page);
	if (!entry) return undefined;
	const heading = findHeading(index, target);
	const title = heading ? `${entry.title} › ${heading.text}` : entry.title;
	const text = heading?.summary || entry.description;
	return text ? [title, text] : undefined;
}

/** Every term's and section's preview, for `link-previews.json`. */
export function sitePreviews(index: SiteIndex, glossary: GlossaryEntry[]): PreviewData {
	const sections: Record<string, Preview> = {};
	for (const page of index.values()) {
		for (const target of [
			{ page: page.slug, fragment: '' },
			...page.headings.map((heading) => ({ page: page.slug, fragment: heading.id })),
		]) {
			const preview = sectionPreview(index, target);
			if (preview) sections[sectionKey(target)] = preview;
		}
	}
	const terms = Object.fromEntries(glossary.map((entry) => [entry.id, termPreview(entry)]));
	return { terms, sections };
}
