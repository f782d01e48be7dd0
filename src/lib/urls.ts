/** A link to a page of this site: the page's slug ('' for home) and an optional fragment. */
export interface InternalTarget {
	page: string;
	fragment: string;
}

const ORIGIN = 'https://site.invalid';

/** URL path of a page relative to the site root: '' → '/', 'iam' → '/iam/'. */
function pagePath(slug: string): string {
	return slug ? `/${slug}/` : '/';
}

/**
 * Resolves an href written on page `from` to a page of this site, or `undefined` for external
 * links, `mailto:`, assets and other schemes. Root-relative hrefs resolve against the site root.
 */
export function resolveInternalHref(from: string, href: string): InternalTarget | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
	const url = new URL(href, `${ORIGIN}${pagePath(from)}`);
	if (url.origin !== ORIGIN) return undefined;
	if (/\.[a-z0-9]+$/i.test(url.pathname)) return undefined;
	const page = url.pathname.replace(/^\/|\/$/g, '');
	return { page, fragment: decodeURIComponent(url.hash.slice(1)) };
}

/** A relative href from page `from` to `page#fragment`, so that links work under any base path. */
export function relativeHref(from: string, page: string, fragment = ''): string {
	if (from === page && fragment) return `#${fragment}`;
	const depth = from ? from.split('/').length : 0;
	const up = depth === 0 ? '' : '../'.repeat(depth);
	const path = page ? `${up}${page}/` : up || './';
	return fragment ? `${path}#${fragment}` : path;
}

/**
 * Splits a written target into its page and fragment: `page#fragment` (glossary targets) or a
 * path such as `organizations/#service-control-policies-scps` (published links).
 */
export function parseTarget(target: string): InternalTarget {
	const at = target.indexOf('#');
	const path = at === -1 ? target : target.slice(0, at);
	return {
		page: path.replace(/^\/+|\/+$/g, ''),
		fragment: at === -1 ? '' : target.slice(at + 1),
	};
}

/** Root-relative URL of `page#fragment` on a site served under `base`: `/base/iam/#roles`. */
export function sitePath(base: string, { page, fragment }: InternalTarget): string {
	const path = `${withTrailingSlash(base)}${page ? `${page}/` : ''}`;
	return fragment ? `${path}#${fragment}` : path;
}

/** A path with exactly one trailing slash: Astro's `base` and `BASE_URL` may come without. */
export function withTrailingSlash(path: string): string {
	return path.replace(/\/*$/, '/');
}
