import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { relativeHref, resolveInternalHref } from '../../lib/urls.ts';
import { EXAM_TIPS_PAGE, type FoundExamTip, type TipKind } from './remark-exam-tips.ts';

/** One exam tip of the site, as the exam tips page and the site index know it. */
export interface ExamTip {
	/** The slug of the page the tip is on. */
	page: string;
	/** Its element id there: `tip-<id>`. */
	anchor: string;
	kind: TipKind;
	/** Exam codes, in the order of the exams list. */
	exams: string[];
	/** The h2 or h3 section the tip is in. */
	section: { id: string; text: string };
	/** The tip as plain text, for link previews. */
	text: string;
	/** The tip as HTML for the exam tips page, its links rewritten to work from there. */
	html: string;
}

// Typographic quotes and dashes, as Astro's Markdown pipeline gives the tip on its own page.
const toHtml = unified().use(remarkSmartypants).use(remarkRehype).use(rehypeStringify);

/**
 * A tip found on `page`, ready to be gathered on the exam tips page: its text as HTML, where
 * same-page links (`#network-acls`) lead back to the tip's page and `term:` links become plain
 * text (the glossary links on the tip's own page are enough).
 */
export function gatherTip(page: string, tip: FoundExamTip): ExamTip {
	const root = { type: 'root', children: structuredClone(tip.content) } as Root;
	visit(root, 'link', (link, index, parent) => {
		if (link.url.startsWith('term:')) {
			parent!.children.splice(index!, 1, ...link.children);
			return [SKIP, index!];
		}
		const target = resolveInternalHref(page, link.url);
		if (target) link.url = relativeHref(EXAM_TIPS_PAGE, target.page, target.fragment);
		return undefined;
	});
	// Smartypants changes the Markdown tree in place, so the plain text gets the same quotes.
	const hast = toHtml.runSync(root);
	return {
		page,
		anchor: tip.anchor,
		kind: tip.kind,
		exams: tip.exams,
		section: tip.section,
		text: root.children
			.map((node: RootContent) => toString(node))
			.join(' ')
			.replace(/\s+/g, ' ')
			.trim(),
		html: toHtml.stringify(hast),
	};
}
