/**
 * Text fragments (`#section:~:text=…`, https://wicg.github.io/scroll-to-text-fragment/): writing
 * one into a URL, and deciding when the site must find it itself. Finding and generating them is
 * text-fragments-polyfill's job (quote-links.client.ts).
 */

/** One `text=` directive: `[prefix-,]textStart[,textEnd][,-suffix]`, the polyfill's shape. */
export interface TextDirective {
	prefix?: string;
	textStart: string;
	textEnd?: string;
	suffix?: string;
}

/** Percent-encodes a term; `-`, `,` and `&` are syntax in a directive, so they are encoded too. */
const encode = (term: string) => encodeURIComponent(term).replace(/-/g, '%2D');

/** The directive as it goes in a URL, after `:~:`. */
export function formatDirective(directive: TextDirective): string {
	const parts = [
		...(directive.prefix ? [`${encode(directive.prefix)}-`] : []),
		encode(directive.textStart),
		...(directive.textEnd ? [encode(directive.textEnd)] : []),
		...(directive.suffix ? [`-${encode(directive.suffix)}`] : []),
	];
	return `text=${parts.join(',')}`;
}

/**
 * Whether the site must find a quote itself: the fragment still holds a text directive, which a
 * browser that follows text fragments removes (and says so with `document.fragmentDirective`).
 */
export function needsQuoteFallback(hash: string, browserFollows: boolean): boolean {
	return !browserFollows && /:~:(.*&)?text=/.test(hash);
}
