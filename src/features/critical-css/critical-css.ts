import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import Beasties from 'beasties';
import { basePath } from '../../lib/site-config.ts';
import { selectorForMatching } from './match-selector.ts';

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
	normalizeCssSelector(selector: string): string {
		return selectorForMatching(selector);
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
const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;

/**
 * Inlines each page's critical CSS and moves its stylesheets to the end of `<body>`, so a page
 * paints from its first response, with no render-blocking request.
 *
 * Beasties (https://github.com/danielroe/beasties) inlines the rules whose selectors match the
 * page's elements, and with `preload: 'body'` moves the `<link>`s after the content: no `onload=`
 * handler, which the CSP and the build's script audit reject. The stylesheet itself is not pruned:
 * it holds the rules for what scripts add later (copy buttons, menus, the search dialog), and
 * the browser caches it for the next page. Module scripts wait for it, as for any stylesheet
 * before them, so nothing script adds is ever drawn unstyled.
 */
export function criticalCss(): AstroIntegration {
	return {
		name: 'asn:critical-css',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const problems: string[] = [];
				// One Beasties per kind of <html> tag (they differ in the rules kept for it), so its
				// stylesheet cache is shared by the pages.
				const instances = new Map<string, Beasties>();
				const beastiesFor = (html: string) => {
					const rules = rootElementRules(html);
					const key = rules.map(String).join(' ');
					let instance = instances.get(key);
					if (!instance) {
						instance = new PageBeasties({
							path: root,
							publicPath: basePath(),
							preload: 'body',
							pruneSource: false,
							// The diagrams' own <style>s are theirs: Beasties would drop their theme rules.
							reduceInlineStyles: false,
							allowRules: [...ALWAYS_CRITICAL, ...rules],
							logLevel: 'warn',
							logger: {
								warn: (message) => problems.push(message),
								error: (message) => problems.push(message),
							},
						});
						instances.set(key, instance);
					}
					return instance;
				};
				const pages = (await readdir(root, { recursive: true }))
					.filter((path) => path.endsWith('.html'))
					.sort();
				let inlined = 0;
				for (const path of pages) {
					const file = join(root, path);
					const html = await readFile(file, 'utf8');
					if (!STYLESHEET_LINK.test(html)) continue;
					STYLESHEET_LINK.lastIndex = 0;
					const before = problems.length;
					const processed = await beastiesFor(html).process(html);
					if (problems.length > before) {
						throw new AstroError(
							`Critical CSS for dist/${path}: ${problems.slice(before).join('; ')}`,
							'Beasties could not read or parse a stylesheet the page links to.',
						);
					}
					await writeFile(file, processed);
					inlined++;
				}
				logger.info(
					`critical CSS inlined in ${inlined} page(s); stylesheets load after the content`,
				);
			},
		},
	};
}
