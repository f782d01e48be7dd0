/**
 * Quote links, loaded on the reader's first selection in the page content: a small toolbar under
 * the selection copies a link to the exact words (a text fragment on the section's URL) or the
 * words as a Markdown quote with where they come from. Also the fallback for browsers that do
 * not follow text fragments: it finds the words of such a link, marks them and scrolls to them.
 */
import {
	GenerateFragmentStatus,
	generateFragment,
} from 'text-fragments-polyfill/dist/fragment-generation-utils.js';
import {
	getFragmentDirectives,
	parseFragmentDirectives,
	processFragmentDirectives,
	scrollElementIntoView,
} from 'text-fragments-polyfill/text-fragment-utils';
import { formatDirective } from './text-fragments.ts';

const content = () => document.querySelector('.sl-markdown-content');

/** The h2 or h3 (with an id) that the node is under. */
function sectionOf(node: Node): HTMLElement | undefined {
	let found: HTMLElement | undefined;
	for (const heading of content()?.querySelectorAll<HTMLElement>('h2[id], h3[id]') ?? []) {
		if (heading.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) found = heading;
		else break;
	}
	return found;
}

interface Quote {
	text: string;
	url: string;
	label: string;
}

/**
 * The quote the selection makes: its words, a URL whose text fragment finds them and nothing
 * before them (the polyfill's generator adds a prefix or suffix where the words repeat), and the
 * page and section they are in. Undefined outside the content or when no fragment can be made.
 */
function quoteOf(selection: Selection): Quote | undefined {
	const root = content();
	if (!root || selection.rangeCount === 0) return undefined;
	const range = selection.getRangeAt(0);
	if (!root.contains(range.commonAncestorContainer)) return undefined;
	const text = selection.toString().replace(/\s+/g, ' ').trim();
	if (text.length < 2) return undefined;
	const generated = generateFragment(selection);
	if (generated.status !== GenerateFragmentStatus.SUCCESS || !generated.fragment) return undefined;
	const heading = sectionOf(range.startContainer);
	const url = new URL(location.href);
	url.search = '';
	url.hash = '';
	const page = document.querySelector('h1')?.textContent?.trim() ?? document.title;
	return {
		text,
		url: `${url.href}#${heading?.id ?? ''}:~:${formatDirective(generated.fragment)}`,
		label: heading ? `${page} › ${heading.textContent?.trim() ?? ''}` : page,
	};
}

let bar: HTMLElement | undefined;
let current: Quote | undefined;

function hide() {
	bar?.remove();
	current = undefined;
}

function createBar(announce: (message: string) => void): HTMLElement {
	const element = document.createElement('span');
	element.className = 'asn-quote-bar not-content';
	element.setAttribute('role', 'toolbar');
	element.setAttribute('aria-label', 'Quote the selected text');
	const action = (label: string, text: (quote: Quote) => string, done: string) => {
		const button = document.createElement('button');
		button.type = 'button';
		button.textContent = label;
		// Keep the selection: a press on the button must not collapse it first.
		button.addEventListener('pointerdown', (event) => event.preventDefault());
		button.addEventListener('click', async () => {
			if (!current) return;
			try {
				await navigator.clipboard.writeText(text(current));
				announce(done);
			} catch {
				announce(`Could not copy. The link is ${current.url}`);
			}
		});
		return button;
	};
	element.append(
		action('Copy link to this quote', (quote) => quote.url, 'Link to the quote copied'),
		action(
			'Copy as quote',
			(quote) => `${quote.text.replace(/^/gm, '> ')}\n\n— ${quote.label}\n${quote.url}\n`,
			'Quote copied',
		),
	);
	element.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') hide();
	});
	return element;
}

/**
 * Shows the quote bar under the current selection, or hides it when nothing in the content is
 * selected. The bar sits in the document right after the selected words' block, so Tab reaches
 * it next, and it floats over the page without moving anything.
 */
export function updateQuoteBar(announce: (message: string) => void): void {
	const selection = document.getSelection();
	if (bar?.contains(document.activeElement)) return;
	const quote = selection && !selection.isCollapsed ? quoteOf(selection) : undefined;
	if (!quote || !selection) {
		hide();
		return;
	}
	current = quote;
	bar ??= createBar(announce);
	const range = selection.getRangeAt(0);
	const end =
		range.endContainer instanceof Element ? range.endContainer : range.endContainer.parentElement;
	const block = end?.closest('p, li, td, th, dd, dt, blockquote, figcaption, h2, h3, h4') ?? end;
	if (!block || block.closest('.asn-quote-bar')) return;
	if (bar.parentElement !== block) block.append(bar);
	const rects = range.getClientRects();
	const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
	const parent = (bar.offsetParent ?? document.body).getBoundingClientRect();
	const width = bar.offsetWidth;
	const left = Math.max(8, Math.min(last.left, innerWidth - width - 8));
	bar.style.left = `${left - parent.left}px`;
	bar.style.top = `${last.bottom - parent.top + 8}px`;
}

/**
 * The fallback for a browser without text fragments: finds the words of the `:~:text=`
 * directives of the URL's fragment (`hash`), marks them and scrolls the first into view, with
 * text-fragments-polyfill's own finder. Chromium strips the directives from `location.hash`, so there it never runs by
 * itself; the end-to-end test hands it the fragment.
 */
export function markQuoteFromUrl(hash: string = location.hash): void {
	const marks = processFragmentDirectives(parseFragmentDirectives(getFragmentDirectives(hash)));
	const first = marks.text?.flat()[0];
	if (first) scrollElementIntoView(first);
}
