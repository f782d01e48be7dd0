import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { searchPhrases } from '../../lib/site-index.ts';
import { phraseBlock } from './search-query.ts';

/**
 * Pagefind weight of a section's phrasings: they say what the section answers, as a heading
 * does, so they weigh nearly as much (body text is 1, an h3 5, an h2 6).
 */
export const PHRASE_WEIGHT = 4;

/**
 * Puts a section's `{/* search: … *\/}` phrasings into the page as a hidden span, where Pagefind
 * indexes them as part of that section: the words readers use for what the section answers
 * ("log in once", "one bill") then match as Pagefind stems them, and rank the section. The span
 * is `hidden`, so neither sighted readers, screen readers, copy nor print meet it; the search
 * dialog strips the phrasings from excerpts (`stripPhrases`).
 */
export function remarkSearchPhrases() {
	return (tree: Root) => {
		visit(tree, 'mdxFlowExpression', (node, index, parent) => {
			const phrases = searchPhrases(node.value);
			if (!phrases || !parent || index === undefined) return;
			parent.children[index] = {
				type: 'searchPhrases',
				data: {
					hName: 'span',
					hProperties: {
						hidden: true,
						className: ['asn-search-phrases'],
						dataPagefindWeight: String(PHRASE_WEIGHT),
					},
					hChildren: [{ type: 'text', value: phraseBlock(phrases) }],
				},
			} as never;
		});
	};
}
