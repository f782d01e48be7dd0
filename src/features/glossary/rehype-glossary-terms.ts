import type { Element, ElementContent, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { createHeadingSlugger } from '../../lib/headings.ts';
import { pageOfFile } from '../../lib/page-of-file.ts';
import { createTermMatcher } from './term-matcher.ts';
import { parseTarget, relativeHref } from '../../lib/urls.ts';
import type { GlossaryEntry } from './glossary-schema.ts';

export interface RehypeGlossaryTermsOptions {
	/** The glossary; entries with `autolink: false` are never linked from text. */
	glossary: GlossaryEntry[];
	/** Absolute path of `src/content/docs`, to tell which page a file is. */
	docsDir: string;
	/** Pages whose text is never linked, such as the glossary itself. @default ['glossary'] */
	skipPages?: string[];
}

const HEADING = /^h[1-6]$/;
/** Elements whose text must stay as it is: links, code, headings, diagrams, controls. */
const NO_LINKS = new Set([
	'a',
	'code',
	'pre',
	'kbd',
	'figure',
	'svg',
	'button',
	'script',
	'style',
	'title',
]);

/**
 * Links glossary terms in running text to the section that explains them, with the definition for
 * the popover. Only the first occurrence of a term in each h2/h3 section is linked, and never from
 * inside the section it points to.
 */
export function rehypeGlossaryTerms(options: RehypeGlossaryTermsOptions) {
	const match = createTermMatcher(options.glossary);
	const skipPages = new Set(options.skipPages ?? ['glossary']);
	return (tree: Root, file: VFile) => {
		const page = pageOfFile(file, options.docsDir);
		if (page === undefined || skipPages.has(page)) return;
		// Same ids as Astro's rehypeHeadingIds, which runs later: every heading, in order.
		const slugify = createHeadingSlugger();
		let section = '';
		let linked = new Set<string>();

		visitParents(tree, (node, ancestors) => {
			if (node.type === 'element' && HEADING.test(node.tagName)) {
				const pinned = node.properties['id'];
				const id = typeof pinned === 'string' ? pinned : slugify(toString(node));
				if (node.tagName === 'h2' || node.tagName === 'h3') {
					section = id;
					linked = new Set();
				}
				return SKIP;
			}
			// Hidden text (a section's search phrasings) is not read, so it takes no term links.
			// Nor does a block that asks for none (a self-check, whose links would give answers away).
			if (
				node.type === 'element' &&
				(NO_LINKS.has(node.tagName) ||
					node.properties['hidden'] ||
					node.properties['dataNoTermLinks'] !== undefined)
			)
				return SKIP;
			if (node.type !== 'text') return undefined;
			const parent = ancestors.at(-1) as Element | Root | undefined;
			if (!parent || ancestors.some((a) => a.type === 'element' && NO_LINKS.has(a.tagName)))
				return undefined;

			const pieces: ElementContent[] = [];
			let cursor = 0;
			for (const found of match(node.value)) {
				const { entry } = found;
				const target = parseTarget(entry.target);
				if (linked.has(entry.id) || (target.page === page && target.fragment === section)) continue;
				linked.add(entry.id);
				if (found.index > cursor)
					pieces.push({ type: 'text', value: node.value.slice(cursor, found.index) });
				pieces.push(termLink(entry, found.text, relativeHref(page, target.page, target.fragment)));
				cursor = found.index + found.text.length;
			}
			if (pieces.length === 0) return undefined;
			if (cursor < node.value.length)
				pieces.push({ type: 'text', value: node.value.slice(cursor) });
			const index = parent.children.indexOf(node as Text);
			parent.children.splice(index, 1, ...pieces);
			return [SKIP, index + pieces.length];
		});
	};
}

function termLink(entry: GlossaryEntry, text: string, href: string): Element {
	return h(
		'a.asn-term',
		{
			href,
			dataTerm: entry.id,
		},
		text,
	);
}
