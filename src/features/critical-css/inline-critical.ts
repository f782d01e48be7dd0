import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Beasties from 'beasties';
import { couldMatch, pageNames, selectorForMatching, type PageNames } from './match-selector.ts';
import { withoutPrintRules } from './print-rules.ts';

/**
 * Rules inlined whatever the page holds: Starlight's theme, which its head script sets on `<html>`
 * after the build has seen the page in the dark theme.
 */
const ALWAYS_CRITICAL = [/\[data-theme\b/];

/**
 * Beasties, testing each selector as match-selector.ts reads it: pseudo-classes as "any", and
 * Astro's `:where(.astro-…)` scoping as the class it is. (Beasties' own reading drops rules that
 * a page uses, so every rule with such a selector used to be inlined, used or not.)
 */
class PageBeasties extends Beasties {
	/** The classes and ids of the page being processed, set before each one. */
	page: PageNames | undefined;

	/** Each stylesheet as read for critical CSS, once per thread: without its print rules. */
	readonly sheets = new Map<string, Promise<string>>();

	override readFile(filename: string): Promise<string> {
		let sheet = this.sheets.get(filename);
		if (!sheet) {
			sheet = readFile(filename, 'utf8').then(withoutPrintRules);
			this.sheets.set(filename, sheet);
		}
		return sheet;
	}

	normalizeCssSelector(selector: string): string {
		const read = selectorForMatching(selector);
		// Beasties searches the whole page for a selector that matches nothing on it, and most of the
		// site's selectors match nothing on any one page: an empty selector is a "no" without the
		// search. The output is byte for byte the same (`diff -r` of dist/ with and without).
		return this.page && !couldMatch(read, this.page) ? '' : read;
	}
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Rules that may apply to the `<html>` element itself, from its start tag. Beasties tests
 * selectors against what is inside `<html>` and keeps only the bare `html` and `:root` selectors
 * for the element itself, so a rule such as Starlight's `[data-has-sidebar]`, which sets the
 * sidebar's width on `<html>`, would be left out: the page would paint without its sidebar column,
 * then jump when the stylesheet arrives. Any selector that names one of the element's attributes or
 * classes, or the `html` type, is kept instead (a few rules too many cost only bytes).
 */
export function rootElementRules(html: string): RegExp[] {
	const tag = html.match(/<html\b[^>]*>/i)?.[0] ?? '';
	const attributes = [...tag.matchAll(/\s([a-z][\w:-]*)(?:="([^"]*)")?/gi)];
	const rules = [/(?:^|[\s>+~,(])html(?![\w-])/];
	for (const [, name, value] of attributes) {
		if (name === 'class') {
			for (const className of (value ?? '').split(/\s+/).filter(Boolean)) {
				rules.push(new RegExp(`\\.${escape(className)}(?![\\w-])`));
			}
		} else {
			rules.push(new RegExp(`\\[${escape(name!)}(?=[\\]=~|^$*\\s])`, 'i'));
		}
	}
	return rules;
}

/** A stylesheet the page links to, as Astro writes it. */
const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/;

/** What went wrong with one page: Beasties' own messages. */
export interface CriticalCssProblem {
	path: string;
	messages: string[];
}

/**
 * Inlines the critical CSS of `paths` (relative to `root`) in place, one page after another, and
 * says how many pages had a stylesheet to inline, or which page Beasties could not do.
 */
export async function inlineCriticalCss(
	root: string,
	publicPath: string,
	paths: string[],
): Promise<{ inlined: number; problem?: CriticalCssProblem }> {
	const messages: string[] = [];
	// One Beasties per kind of <html> tag (they differ in the rules kept for it), so its stylesheet
	// cache is shared by the pages.
	const instances = new Map<string, PageBeasties>();
	const beastiesFor = (html: string) => {
		const rules = rootElementRules(html);
		const key = rules.map(String).join(' ');
		let instance = instances.get(key);
		if (!instance) {
			instance = new PageBeasties({
				path: root,
				publicPath,
				preload: 'body',
				pruneSource: false,
				// The diagrams' own <style>s are theirs: Beasties would drop their theme rules.
				reduceInlineStyles: false,
				allowRules: [...ALWAYS_CRITICAL, ...rules],
				logLevel: 'warn',
				logger: {
					warn: (message) => messages.push(message),
					error: (message) => messages.push(message),
				},
			});
			instances.set(key, instance);
		}
		return instance;
	};
	let inlined = 0;
	for (const path of paths) {
		const file = join(root, path);
		const html = await readFile(file, 'utf8');
		if (!STYLESHEET_LINK.test(html)) continue;
		const beasties = beastiesFor(html);
		beasties.page = pageNames(html);
		const processed = await beasties.process(html);
		if (messages.length > 0) return { inlined, problem: { path, messages } };
		await writeFile(file, processed);
		inlined++;
	}
	return { inlined };
}
