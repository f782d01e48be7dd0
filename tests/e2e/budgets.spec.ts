import { readFileSync } from 'node:fs';
import { getManifest } from 'workbox-build';
import { PRECACHE, SERVICE_WORKER } from '../../src/features/offline/offline-files.ts';
import { fileURLToPath } from 'node:url';
import { basePath } from '../../src/lib/site-config.ts';
import { findElements, hasToken, parseBuiltPage } from '../support/built-html.ts';
import { measurePage } from '../support/page-weight.ts';
import { expect, sitemapPaths, test } from './site.ts';

/** Gzipped bytes a page may load at most, by kind; see tests/budgets.json. */
interface Budget {
	html: number;
	criticalCss: number;
	css: number;
	js: number;
}

const budgets = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8')) as {
	pages: Record<string, Budget>;
	precache: { bytes: number };
};
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
/** Sitemap paths without the base path: budgets hold wherever the site is deployed. */
const pages = sitemapPaths().map((path) => `/${path.slice(basePath().length)}`);

test('every page has a committed byte budget, and every budget a page', () => {
	expect(Object.keys(budgets.pages).sort()).toEqual(pages.sort());
});

for (const path of pages) {
	test(`${path} stays within its gzip budget for HTML, critical CSS, CSS and JavaScript`, async () => {
		const budget = budgets.pages[path];
		expect(budget, `tests/budgets.json has no budget for ${path}`).toBeDefined();
		const weight = await measurePage(dist, path.slice(1));
		const measured = {
			html: weight.htmlGzip,
			criticalCss: weight.criticalCssGzip,
			css: weight.cssGzip,
			js: weight.jsGzip,
		};
		const over = (Object.keys(measured) as (keyof Budget)[])
			.filter((kind) => measured[kind] > budget![kind])
			.map((kind) => `${kind}: ${measured[kind]} bytes gzipped, budget ${budget![kind]}`);
		expect(
			over,
			`${path} is over budget; lighten it, or raise tests/budgets.json on purpose`,
		).toEqual([]);
	});
}

for (const path of pages) {
	test(`${path} paints from its first response: no request in <head> blocks rendering`, () => {
		const tree = parseBuiltPage(path.slice(1).replace(/\/$/, ''));
		const [head] = findElements(tree, 'head');
		const blocking = findElements(head!).flatMap((element) => {
			const media = String(element.properties['media'] ?? 'all');
			if (
				element.tagName === 'link' &&
				hasToken(element, 'rel', 'stylesheet') &&
				media !== 'print'
			) {
				return [`<link rel="stylesheet" href="${String(element.properties['href'])}">`];
			}
			const script = element.tagName === 'script' && element.properties['src'] !== undefined;
			const deferred =
				element.properties['type'] === 'module' ||
				element.properties['async'] !== undefined ||
				element.properties['defer'] !== undefined;
			return script && !deferred ? [`<script src="${String(element.properties['src'])}">`] : [];
		});
		expect(blocking, 'render-blocking requests in <head>').toEqual([]);
		// The page's critical CSS is inline instead, and the full stylesheet follows the content.
		expect(findElements(head!, 'style').length).toBeGreaterThan(0);
		const [body] = findElements(tree, 'body');
		const late = findElements(body!, 'link').filter((link) => hasToken(link, 'rel', 'stylesheet'));
		expect(late.length).toBeGreaterThan(0);
	});
}

test('the offline precache stays within its byte budget, and the built service worker holds all of it', async () => {
	const { manifestEntries, size, warnings } = await getManifest({
		...PRECACHE,
		globDirectory: dist,
	});
	expect(warnings).toEqual([]);
	const urls = manifestEntries.map((entry) => entry.url);
	// What a reader needs offline is in the list: every page, the search engine and index.
	for (const path of pages) expect(urls).toContain(`${path.slice(1)}index.html`);
	for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'search-terms.json'])
		expect(urls).toContain(file);
	const worker = readFileSync(`${dist}/${SERVICE_WORKER}`, 'utf8');
	const missing = urls.filter((url) => !worker.includes(JSON.stringify(url)));
	expect(missing, `${SERVICE_WORKER} precaches what offline-files.ts lists`).toEqual([]);
	expect(
		size,
		`the precache is ${(size / 1024 / 1024).toFixed(2)} MiB (${urls.length} files); budget ${budgets.precache.bytes} bytes`,
	).toBeLessThanOrEqual(budgets.precache.bytes);
});
