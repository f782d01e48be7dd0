/** A link preview: the title and the first sentences the popover shows. */
export type Preview = [title: string, text: string];

/**
 * The previews the site's links can show, in one small file per page, which the popover fetches
 * when a reader first points at a link to that page: a page's file holds the page's own preview
 * (key `''`) and each section's, by heading id. Glossary terms have one file, by term id. Links
 * carry a marker or their key (`data-term`, `data-preview`): the same previews were written into
 * every link of every page before, the largest share of the site's HTML. One file for the whole
 * site grew with every page (3.35 MB at 1,000 pages, each reader's first hover). See
 * docs/decisions.md.
 */
export type Previews = Record<string, Preview>;

/** The folder of the preview files, at the site's root. */
const PREVIEWS_DIR = 'link-previews';

/** The glossary terms' previews, by term id. */
export const TERM_PREVIEWS_FILE = `${PREVIEWS_DIR}/terms.json`;

/** The name a page's preview file has under `link-previews/pages/`: its slug, the home page `index`. */
export const previewFileName = (page: string): string => page || 'index';

/** One page's previews, by heading id (the page itself under `''`). */
export const pagePreviewsFile = (page: string): string =>
	`${PREVIEWS_DIR}/pages/${previewFileName(page)}.json`;
