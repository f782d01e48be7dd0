/**
 * Quote links, loaded on the reader's first selection in the page content: a small toolbar under
 * the selection copies a link to the exact words (a text fragment on the section's URL) or the
 * words as a Markdown quote with where they come from. Also the fallback for browsers that do
 * not follow text fragments: it finds the words of such a link, marks them and scrolls to them.
 */
import {
	findDirective,
	formatDirective,
	normalize,
	parseFragment,
	quoteDirective,
	type TextDirective,
} from './text-fragments.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'SVG', 'TEMPLATE', 'BUTTON']);

/** The content's text as text fragments see it (white space collapsed), and where each character is. */
interface FlatText {
	text: string;
	/** For each character of `text`, its text node and offset. */
	at: Array<{ node: Text; offset: number }>;
	/** For each text node, the flat index of each of its characters (a collapsed space maps to the next). */
	index: Map<Text, number[]>;
}

function flatten(content: Element): FlatText {
	const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => {
			for (let el = node.parentElement; el && el !== content; el = el.parentElement) {
				if (
					SKIP.has(el.tagName.toUpperCase()) ||
					el.hidden ||
					el.classList.contains('asn-quote-bar')
				)
					return NodeFilter.FILTER_REJECT;
			}
			return NodeFilter.FILTER_ACCEPT;
		},
	});
	let text = '';
	const at: FlatText['at'] = [];
	const index = new Map<Text, number[]>();
	while (walker.nextNode()) {
		const node = walker.currentNode as Text;
		const offsets: number[] = [];
		for (let i = 0; i < node.data.length; i++) {
			const char = node.data[i]!;
			offsets.push(text.length);
			if (/\s/.test(char)) {
				if (text.length === 0 || text.endsWith(' ')) continue;
				text += ' ';
			} else text += char;
			at.push({ node, offset: i });
		}
		index.set(node, offsets);
	}
	return { text, at, index };
}

/** The flat offset of a range boundary, or undefined when it is outside the flattened text. */
function flatOffset(flat: FlatText, container: Node, offset: number): number | undefined {
	if (container instanceof Text)
		return flat.index.get(container)?.[offset] ?? flat.index.get(container)?.at(-1);
	// An element boundary: the first text node at or after it.
	const child = container.childNodes[offset] ?? container;
	for (const [node, offsets] of flat.index) {
		if (
			child === node ||
			child.contains(node) ||
			child.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING
		)
			return offsets[0];
	}
	return undefined;
}

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

/** The quote the selection makes: its words, its text-fragment URL and where it is. */
function quoteOf(selection: Selection): Quote | undefined {
	const root = content();
	if (!root || selection.rangeCount === 0) return undefined;
	const range = selection.getRangeAt(0);
	if (!root.contains(range.commonAncestorContainer)) return undefined;
	const text = normalize(selection.toString());
	if (text.length < 2) return undefined;
	const flat = flatten(root);
	const start =
		flatOffset(flat, range.startContainer, range.startOffset) ?? flat.text.indexOf(text);
	const directive = quoteDirective(
		text,
		flat.text,
		flat.text.indexOf(text.slice(0, 20), Math.max(0, start - 1)),
	);
	const heading = sectionOf(range.startContainer);
	const url = new URL(location.href);
	url.search = '';
	url.hash = '';
	const page = document.querySelector('h1')?.textContent?.trim() ?? document.title;
	return {
		text,
		url: `${url.href}#${heading?.id ?? ''}:~:${formatDirective(directive)}`,
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
	element.className = 'asn-quote-bar';
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

/** Wraps the content's characters [start, end) in marks; gives the first mark. */
function mark(flat: FlatText, start: number, end: number): HTMLElement | undefined {
	let first: HTMLElement | undefined;
	// Group the matched characters by text node, last node first so earlier offsets stay valid.
	const pieces = new Map<Text, { from: number; to: number }>();
	for (let i = start; i < end; i++) {
		const spot = flat.at[i];
		if (!spot) continue;
		const piece = pieces.get(spot.node);
		if (piece) piece.to = spot.offset + 1;
		else pieces.set(spot.node, { from: spot.offset, to: spot.offset + 1 });
	}
	for (const [node, { from, to }] of [...pieces].reverse()) {
		const target = node.splitText(from);
		target.splitText(to - from);
		const hit = document.createElement('mark');
		hit.className = 'asn-quote-hit';
		target.replaceWith(hit);
		hit.append(target);
		first = hit;
	}
	return first;
}

/**
 * The fallback for a browser without text fragments: finds the words of the `:~:text=`
 * directives of the URL's fragment (`hash`) in the content, marks them and scrolls the first
 * into view. Chromium strips the directives from `location.hash`, so there it never runs by
 * itself; the end-to-end test hands it the fragment.
 */
export function markQuoteFromUrl(hash: string = location.hash): void {
	const root = content();
	const { id, directives } = parseFragment(hash);
	if (!root || directives.length === 0) return;
	let first: HTMLElement | undefined;
	for (const directive of directives as TextDirective[]) {
		const flat = flatten(root);
		const found = findDirective(flat.text, directive);
		if (!found) continue;
		first ??= mark(flat, found.start, found.end);
	}
	(first ?? (id ? document.getElementById(id) : null))?.scrollIntoView({ block: 'center' });
}
