/** The home page's Markdown version: the llms.txt index of every page's twin. */
export const LLMS_INDEX = 'llms.txt';
/** The one-page study sheet's Markdown version: every twin in sidebar order. */
export const LLMS_FULL = 'llms-full.txt';
/** The study sheet's page id; its twin is {@link LLMS_FULL}. */
const ALL_TOPICS = 'all-topics';

/**
 * Path of a page's Markdown twin relative to the site root, from its Starlight id ('index' for
 * home); undefined for the 404 page, which has none.
 */
export function twinPath(id: string): string | undefined {
	if (id === '404') return undefined;
	if (id === 'index' || id === '') return LLMS_INDEX;
	if (id === ALL_TOPICS) return LLMS_FULL;
	return `${id}.md`;
}
