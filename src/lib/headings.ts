import GithubSlugger from 'github-slugger';

/** A heading's text without its pinned-id marker, and the pinned id if there is one. */
export interface HeadingMarker {
	text: string;
	id: string | undefined;
}

/** `## Title {#pinned-id}` (in MDX, `\{#pinned-id}`): pins the heading's id whatever its text. */
const PINNED_ID = /\s*\{#([a-z0-9][a-z0-9_-]*)\}\s*$/;

/** Splits a heading's text into its visible text and its pinned id. */
export function parseHeadingMarker(text: string): HeadingMarker {
	const match = text.match(PINNED_ID);
	return match
		? { text: text.slice(0, match.index).trimEnd(), id: match[1] }
		: { text, id: undefined };
}

/** Old ids that still lead to a heading: frontmatter `anchors: { old-id: current-id }`. */
export function anchorAliases(frontmatter: unknown): Map<string, string> {
	const anchors = (frontmatter as { anchors?: unknown } | undefined)?.anchors;
	if (!anchors || typeof anchors !== 'object') return new Map();
	return new Map(
		Object.entries(anchors as Record<string, unknown>).filter(
			(e): e is [string, string] => typeof e[1] === 'string',
		),
	);
}

/**
 * A heading-id slugger, as Astro's rehype-heading-ids and Starlight use it: github-slugger, one per
 * page, so repeated headings get `-1`, `-2`. Every place that predicts a heading's id uses this.
 */
export function createHeadingSlugger(): (text: string) => string {
	const slugger = new GithubSlugger();
	return (text) => slugger.slug(text);
}
