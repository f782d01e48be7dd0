/** A link to a page of this site: the page's slug ('' for home) and an optional fragment. */
export interface InternalTarget {
	page: string;
	fragment: string;
}

const ORIGIN = 'https://site.invalid';

/** URL path of a page relative to the site root: '' → '/', 'iam' → '/iam/'. */
export function pagePath(slug: string): string {
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
