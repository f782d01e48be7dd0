import type { GlossaryEntry } from '../glossary/glossary-schema.ts';
import { findHeading, type SiteIndex } from '../../lib/site-index.ts';
import type { InternalTarget } from '../../lib/urls.ts';
import type { Preview, Previews } from './preview-data.ts';

export type { Preview, Previews } from './preview-data.ts';

/** The key a link within its page carries: `<page slug>#<heading id>`. */
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

/** A page's file of previews: the page's own (key `''`) and each of its sections', by heading id. */
export function pagePreviews(index: SiteIndex, page: string): Previews {
	const entry = index.get(page);
	if (!entry) throw new Error(`No page "${page}" in the site index.`);
	const previews: Previews = {};
	for (const fragment of ['', ...entry.headings.map((heading) => heading.id)]) {
		const preview = sectionPreview(index, { page, fragment });
		if (preview) previews[fragment] = preview;
	}
	return previews;
}

/** The glossary's file of previews, by term id. */
export const termPreviews = (glossary: GlossaryEntry[]): Previews =>
	Object.fromEntries(glossary.map((entry) => [entry.id, termPreview(entry)]));
