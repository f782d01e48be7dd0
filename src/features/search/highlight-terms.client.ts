/**
 * Marks the words a reader searched for on the page a search result led to
 * (`?highlight=scp+organizations`), then brings the linked section back into view.
 */
const MAX_MARKS = 100;
const SKIP = new Set(['SCRIPT', 'STYLE', 'SVG', 'MARK', 'CODE', 'PRE']);

export function highlightFromUrl(): void {
	const words = (new URLSearchParams(location.search).get('highlight') ?? '')
		.split(/\s+/)
		.filter((word) => word.length > 1)
		.slice(0, 8)
		.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	const content = document.querySelector('.sl-markdown-content');
	if (!content || words.length === 0) return;
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})`, 'giu');
	const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => {
			for (let el = node.parentElement; el && el !== content; el = el.parentElement) {
				if (SKIP.has(el.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
			}
			return NodeFilter.FILTER_ACCEPT;
		},
	});
	const texts: Text[] = [];
	while (walker.nextNode()) texts.push(walker.currentNode as Text);
	let marks = 0;
	for (const text of texts) {
		if (marks >= MAX_MARKS) break;
		const value = text.data;
		const matches = [...value.matchAll(pattern)];
		if (matches.length === 0) continue;
		const pieces: Node[] = [];
		let cursor = 0;
		for (const match of matches) {
			if (marks >= MAX_MARKS) break;
			// Mark the whole word, so "scp" marks "SCPs".
			const end =
				match.index +
				(value.slice(match.index).match(/^[\p{L}\p{N}-]+/u)?.[0].length ?? match[0].length);
			pieces.push(document.createTextNode(value.slice(cursor, match.index)));
			const mark = document.createElement('mark');
			mark.className = 'asn-search-hit';
			mark.textContent = value.slice(match.index, end);
			pieces.push(mark);
			cursor = end;
			marks++;
		}
		pieces.push(document.createTextNode(value.slice(cursor)));
		text.replaceWith(...pieces);
	}
	if (location.hash)
		document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}
