/**
 * Text fragments (`#section:~:text=…`, https://wicg.github.io/scroll-to-text-fragment/): building
 * one for a quote, and reading and finding one where the browser does not. Pure: works on plain
 * strings, so the quote bar and the fallback share it and unit tests can check it.
 */

/** One `text=` directive: `[prefix-,]start[,end][,-suffix]`. */
export interface TextDirective {
	prefix?: string;
	start: string;
	end?: string;
	suffix?: string;
}

/** Collapses runs of white space to one space and trims, as text fragments compare text. */
export const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

const words = (text: string) => normalize(text).split(' ').filter(Boolean);

/** Percent-encodes a term; `-`, `,` and `&` are syntax in a directive, so they are encoded too. */
const encode = (term: string) => encodeURIComponent(term).replace(/-/g, '%2D');

/** The directive as it goes in a URL, after `:~:`. */
export function formatDirective(directive: TextDirective): string {
	const parts = [
		...(directive.prefix ? [`${encode(directive.prefix)}-`] : []),
		encode(directive.start),
		...(directive.end ? [encode(directive.end)] : []),
		...(directive.suffix ? [`-${encode(directive.suffix)}`] : []),
	];
	return `text=${parts.join(',')}`;
}

/** The element id and the text directives of a URL fragment (`#id:~:text=…&text=…`). */
export function parseFragment(hash: string): { id: string; directives: TextDirective[] } {
	const raw = hash.replace(/^#/, '');
	const at = raw.indexOf(':~:');
	if (at < 0) return { id: safeDecode(raw), directives: [] };
	const directives = raw
		.slice(at + 3)
		.split('&')
		.filter((part) => part.startsWith('text='))
		.flatMap((part): TextDirective[] => {
			const terms = part.slice(5).split(',');
			const directive: Partial<TextDirective> = {};
			if (terms[0]?.endsWith('-')) directive.prefix = safeDecode(terms.shift()!.slice(0, -1));
			if (terms.at(-1)?.startsWith('-')) directive.suffix = safeDecode(terms.pop()!.slice(1));
			const [start, end, ...rest] = terms;
			if (!start || rest.length > 0) return [];
			return [{ ...directive, start: safeDecode(start), ...(end ? { end: safeDecode(end) } : {}) }];
		});
	return { id: safeDecode(raw.slice(0, at)), directives };
}

function safeDecode(term: string): string {
	try {
		return decodeURIComponent(term);
	} catch {
		return term;
	}
}

/** Where `directive` matches in `text` (already normalized), as [start, end) offsets, first match first. */
export function findDirective(
	text: string,
	directive: TextDirective,
): { start: number; end: number } | undefined {
	const haystack = text.toLowerCase();
	const term = (value: string | undefined) => (value ? normalize(value).toLowerCase() : undefined);
	const prefix = term(directive.prefix);
	const start = term(directive.start)!;
	const end = term(directive.end);
	const suffix = term(directive.suffix);
	let from = 0;
	for (;;) {
		let at = haystack.indexOf(start, from);
		if (at < 0) return undefined;
		from = at + 1;
		if (prefix) {
			const before = haystack.slice(0, at).trimEnd();
			if (!before.endsWith(prefix)) continue;
		}
		let stop = at + start.length;
		if (end) {
			const found = haystack.indexOf(end, stop);
			if (found < 0) return undefined;
			stop = found + end.length;
		}
		if (suffix && !haystack.slice(stop).trimStart().startsWith(suffix)) continue;
		return { start: at, end: stop };
	}
}

/**
 * A directive for `quote` that finds it, and not an earlier look-alike, in `pageText` (the page's
 * normalized text), where it starts at offset `at`. Long quotes give their first and last words;
 * a quote whose words appear earlier gets the words before it as a prefix.
 */
export function quoteDirective(quote: string, pageText: string, at: number): TextDirective {
	const all = words(quote);
	const directive: TextDirective =
		all.length > 10
			? { start: all.slice(0, 4).join(' '), end: all.slice(-4).join(' ') }
			: { start: all.join(' ') };
	const before = words(pageText.slice(0, at));
	for (let count = 0; count <= Math.min(6, before.length); count++) {
		const candidate =
			count === 0 ? directive : { ...directive, prefix: before.slice(-count).join(' ') };
		if (findDirective(pageText, candidate)?.start === at) return candidate;
	}
	return directive;
}

/**
 * Whether the site must find a quote itself: the fragment still holds a text directive, which a
 * browser that follows text fragments removes (and says so with `document.fragmentDirective`).
 */
export function needsQuoteFallback(hash: string, browserFollows: boolean): boolean {
	return !browserFollows && /:~:(.*&)?text=/.test(hash);
}
