/** A link preview: the title and the first sentences the popover shows. */
export type Preview = [title: string, text: string];

/**
 * Every preview the site's links can show, by key, as `link-previews.json` serves them: each
 * glossary term (by its id) and each page and section (`<page slug>#<heading id>`). Links carry
 * a marker or their key (`data-term`, `data-preview`), and the popover fetches this file once, on the
 * first hover or focus: the same previews were written into every link of every page before, the
 * largest share of the site's HTML. See docs/decisions.md.
 */
export interface PreviewData {
	terms: Record<string, Preview>;
	sections: Record<string, Preview>;
}
