import postcss from 'postcss';

/** A media query that applies only to print: `print`, `only print`, `print and (…)`. */
const PRINT_ONLY = /^\s*(?:only\s+)?print(?![\w-])/i;

/** Whether every query in a media query list applies only to print. */
export function printOnly(mediaQueryList: string): boolean {
	const queries = mediaQueryList.split(',');
	return queries.every((query) => PRINT_ONLY.test(query));
}

/**
 * The stylesheet without its print-only `@media` blocks, at any depth (inside `@layer` too).
 * Critical CSS is for the first paint on screen, and print rules never take part in it; they stay
 * in the stylesheet the page links to, which has loaded long before anyone prints.
 */
export function withoutPrintRules(css: string): string {
	if (!/@media[^{]*print/i.test(css)) return css;
	const root = postcss.parse(css);
	root.walkAtRules('media', (rule) => {
		if (printOnly(rule.params)) rule.remove();
	});
	return root.toString();
}
