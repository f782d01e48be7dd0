import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** A built page: its URL path (with the base path) and its HTML. */
export interface BuiltPage {
	path: string;
	html: string;
}

/** An internal link in the built site that leads nowhere. */
export interface BrokenLink {
	page: string;
	href: string;
	problem: string;
}

const ORIGIN = 'https://site.invalid';

/**
 * Checks every internal `href` (and `src`) of built pages: the page or file must exist, and a
 * `#fragment` must be an id on the target page. `files` are the other paths in the output, such as
 * `/_astro/x.css` or `/_diagrams/x.svg`.
 */
export function findBrokenLinks(pages: BuiltPage[], files: Set<string> = new Set()): BrokenLink[] {
	const ids = new Map<string, Set<string>>();
	const links: Array<{ page: string; href: string }> = [];
	for (const { path, html } of pages) {
		const pageIds = new Set<string>();
		visit(fromHtml(html), 'element', (node) => {
			const id = node.properties['id'];
			if (typeof id === 'string') pageIds.add(id);
			for (const attribute of ['href', 'src'] as const) {
				const value = node.properties[attribute];
				if (typeof value === 'string' && node.tagName !== 'link')
					links.push({ page: path, href: value });
			}
			if (node.tagName === 'link' && node.properties['rel']?.toString() === 'stylesheet') {
				links.push({ page: path, href: String(node.properties['href']) });
			}
		});
		ids.set(path, pageIds);
	}
	const broken: BrokenLink[] = [];
	for (const { page, href } of links) {
		const url = new URL(href, `${ORIGIN}${page}`);
		if (url.origin !== ORIGIN) continue;
		const path = decodeURIComponent(url.pathname);
		const fragment = decodeURIComponent(url.hash.slice(1));
		if (/\.[a-z0-9]+$/i.test(path)) {
			if (!files.has(path)) broken.push({ page, href, problem: `no file ${path}` });
			continue;
		}
		const targetIds = ids.get(path);
		if (!targetIds) broken.push({ page, href, problem: `no page ${path}` });
		else if (fragment && !targetIds.has(fragment))
			broken.push({ page, href, problem: `no #${fragment} on ${path}` });
	}
	return broken;
}
