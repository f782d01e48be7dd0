/**
 * A selector as critical CSS matches it against the page: does any element it could style exist?
 * Pseudo-classes and pseudo-elements depend on state the build cannot see (hover, focus, what a
 * script adds), so they are read as "any": `:hover`, `::before` and `:not(…)` are dropped, and
 * `:is(…)` and `:where(…)` around one compound selector are kept as that compound (Astro scopes
 * each compound of a component's selectors with `:where(.astro-…)`). The result matches at least
 * every element the selector can match, so a rule is never left out for a page that uses it; at
 * worst a rule too many is inlined.
 *
 * Beasties' own normalizer strips pseudo-classes with one greedy pattern, from the first `:name(`
 * to the last `)` of the selector, which turns `.a:where(.x) .b:where(.x)` into `.a` and drops
 * rules a page needs. See docs/decisions.md.
 */
export function selectorForMatching(selector: string): string {
	return withoutPseudos(selector.trim()).replace(/\s+/g, ' ');
}

function withoutPseudos(selector: string): string {
	let out = '';
	let i = 0;
	while (i < selector.length) {
		const char = selector[i]!;
		if (char === '\\') {
			out += selector.slice(i, i + 2);
			i += 2;
		} else if (char === '[') {
			const end = closing(selector, i, '[', ']');
			out += selector.slice(i, end);
			i = end;
		} else if (char === ':') {
			const name = /^::?(-?[a-z][\w-]*)/i.exec(selector.slice(i));
			if (!name) throw new SyntaxError(`Unreadable pseudo-class at ${i} in ${selector}`);
			let end = i + name[0].length;
			let argument = '';
			if (selector[end] === '(') {
				const after = closing(selector, end, '(', ')');
				argument = selector.slice(end + 1, after - 1).trim();
				end = after;
			}
			const pseudo = name[1]!.toLowerCase();
			if ((pseudo === 'is' || pseudo === 'where') && isCompound(argument))
				out += withoutPseudos(argument);
			// Dropped where a compound starts (`:not(a) + p`): any element stands in for it.
			else if (/(^|[\s>+~])$/.test(out)) out += '*';
			i = end;
		} else {
			out += char;
			i++;
		}
	}
	return out;
}

/** Whether `text` is one compound selector: no list, no combinator, outside brackets and parentheses. */
function isCompound(text: string): boolean {
	if (text === '') return false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (char === '\\') i++;
		else if (char === '[') i = closing(text, i, '[', ']') - 1;
		else if (char === '(') i = closing(text, i, '(', ')') - 1;
		else if (/[,\s>+~]/.test(char)) return false;
	}
	return true;
}

/** The index just after the `close` that balances the `open` at `start`, skipping quoted text. */
function closing(text: string, start: number, open: string, close: string): number {
	let depth = 0;
	let quote: string | undefined;
	for (let i = start; i < text.length; i++) {
		const char = text[i]!;
		if (char === '\\') i++;
		else if (quote) {
			if (char === quote) quote = undefined;
		} else if (char === '"' || char === "'") quote = char;
		else if (char === open) depth++;
		else if (char === close && --depth === 0) return i + 1;
	}
	throw new SyntaxError(`Unbalanced ${open}${close} in ${text}`);
}

/** The classes and ids a page's HTML names: what a selector must find to match anything there. */
export interface PageNames {
	classes: ReadonlySet<string>;
	ids: ReadonlySet<string>;
}

/**
 * Every class and id in `html`'s `class="…"` and `id="…"` attributes (Astro writes them in double
 * quotes). A `class="…"` in the page's text adds a name the page lacks, which only makes
 * {@link couldMatch} say "maybe" more often.
 */
export function pageNames(html: string): PageNames {
	const classes = new Set<string>();
	const ids = new Set<string>();
	for (const [, name, value] of html.matchAll(/\s(class|id)="([^"]*)"/g)) {
		if (name === 'id') ids.add(value!.trim());
		else for (const one of value!.split(/\s+/)) if (one) classes.add(one);
	}
	return { classes, ids };
}

/**
 * False when a selector read by {@link selectorForMatching} names a class or id the page has none
 * of: then no element can match it, and the full search of the page for one can be skipped.
 * Otherwise true (maybe). Names written with a CSS escape are not checked.
 */
export function couldMatch(selector: string, page: PageNames): boolean {
	for (let i = 0; i < selector.length; i++) {
		const char = selector[i]!;
		if (char === '\\') i++;
		else if (char === '[') i = closing(selector, i, '[', ']') - 1;
		else if (char === '.' || char === '#') {
			const name = /^-?[_a-zA-Z\u00a0-\uffff][\w\u00a0-\uffff-]*/.exec(selector.slice(i + 1))?.[0];
			if (!name) continue;
			i += name.length;
			if (selector[i + 1] === '\\') continue;
			if (!(char === '.' ? page.classes : page.ids).has(name)) return false;
		}
	}
	return true;
}
