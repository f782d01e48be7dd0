import type { Root } from 'hast';
import { matches } from 'hast-util-select';
import { elementPathAt } from './built-html.ts';
import type { NuMessage } from './nu-checker.ts';

/**
 * A kind of Nu Html Checker error in markup another project writes, accepted until it is fixed
 * there. Each is listed, with its links, in docs/decisions.md.
 */
export interface UpstreamHtmlError {
	/** The checker's message, character for character. */
	message: string;
	/** A simple selector for the upstream markup: the element reported, or an ancestor, must match. */
	within: string;
	/** The project and component that write the markup. */
	writtenBy: string;
	/** The upstream issue, or `'none found'`. */
	issue: string;
	/** The upstream source file that writes the markup. */
	source: string;
}

const EC = 'https://github.com/expressive-code/expressive-code/blob/main/packages/@expressive-code';

/** The upstream error kinds `npm run test:html` accepts; every other error fails it. */
export const UPSTREAM_HTML_ERRORS: UpstreamHtmlError[] = [
	{
		// `--0` is a valid custom property name (https://github.com/w3c/csswg-drafts/issues/6131);
		// the checker's CSS parser rejects any custom property whose name starts with a digit.
		message: 'CSS: “--”: Parse Error.',
		within: '.expressive-code',
		writtenBy: 'Expressive Code: token colours as `style="--0:…;--1:…"`, one property per theme',
		issue: 'none found',
		source: `${EC}/core/src/common/annotation.ts`,
	},
	{
		message:
			'Element “div” not allowed as child of element “code” in this context. (Suppressing further errors from this subtree.)',
		within: '.expressive-code',
		writtenBy: 'Expressive Code: each code line is a `<div class="ec-line">` inside `<code>`',
		issue: 'https://github.com/expressive-code/expressive-code/issues/423',
		source: `${EC}/core/src/internal/render-line.ts`,
	},
	{
		message:
			'Element “div” not allowed as child of element “button” in this context. (Suppressing further errors from this subtree.)',
		within: '.expressive-code',
		writtenBy: 'Expressive Code (frames plugin): the copy button’s background is a `<div>`',
		issue: 'https://github.com/expressive-code/expressive-code/issues/423',
		source: `${EC}/plugin-frames/src/index.ts`,
	},
	{
		// Starlight hides these scripts from a Safari/VoiceOver bug that reads them aloud inside a
		// `display: contents` element: https://github.com/withastro/starlight/pull/2633
		message: 'The “aria-hidden” attribute must not be specified on the “script” element.',
		within: 'sl-sidebar-state-persist',
		writtenBy: 'Starlight: the sidebar state scripts in `SidebarPersister.astro`',
		issue: 'none found',
		source:
			'https://github.com/withastro/starlight/blob/main/packages/starlight/components/SidebarPersister.astro',
	},
];

/**
 * The filter that accepts `message`, if any: its text must be the filter's exactly, and the markup
 * it points at must lie within the filter's upstream element in `tree`, the checked page.
 */
export function upstreamErrorFor(
	message: NuMessage,
	tree: Root,
	filters: UpstreamHtmlError[] = UPSTREAM_HTML_ERRORS,
): UpstreamHtmlError | undefined {
	if (message.type !== 'error' || message.lastLine === undefined) return undefined;
	const candidates = filters.filter((filter) => filter.message === message.message);
	if (candidates.length === 0) return undefined;
	const path = elementPathAt(tree, {
		line: message.lastLine,
		column: message.lastColumn ?? 1,
	});
	return candidates.find((filter) => path.some((element) => matches(filter.within, element)));
}

/** A site's checker errors: the upstream ones accepted, by filter, and every other one. */
export interface SplitHtmlErrors {
	remaining: NuMessage[];
	accepted: Map<UpstreamHtmlError, NuMessage[]>;
}

/** Splits the checker's messages into accepted upstream errors and the rest; `treeOf` parses a message's page. */
export function splitUpstreamErrors(
	messages: NuMessage[],
	treeOf: (message: NuMessage) => Root,
	filters: UpstreamHtmlError[] = UPSTREAM_HTML_ERRORS,
): SplitHtmlErrors {
	const split: SplitHtmlErrors = { remaining: [], accepted: new Map() };
	for (const message of messages) {
		const filter = message.url ? upstreamErrorFor(message, treeOf(message), filters) : undefined;
		if (!filter) split.remaining.push(message);
		else split.accepted.set(filter, [...(split.accepted.get(filter) ?? []), message]);
	}
	return split;
}
