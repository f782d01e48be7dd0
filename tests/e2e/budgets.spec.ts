import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basePath } from '../../src/lib/site-config.ts';
import { measurePage } from '../support/page-weight.ts';
import { expect, sitemapPaths, test } from './site.ts';

/** Gzipped bytes a page may load at most, by kind; see tests/budgets.json. */
interface Budget {
	html: number;
	css: number;
	js: number;
}

const budgets = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8')) as {
	pages: Record<string, Budget>;
};
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
/** Sitemap paths without the base path: budgets hold wherever the site is deployed. */
const pages = sitemapPaths().map((path) => `/${path.slice(basePath().length)}`);

test('every page has a committed byte budget, and every budget a page', () => {
	expect(Object.keys(budgets.pages).sort()).toEqual(pages.sort());
});

for (const path of pages) {
	test(`${path} stays within its gzip budget for HTML, CSS and JavaScript`, async () => {
		const budget = budgets.pages[path];
		expect(budget, `tests/budgets.json has no budget for ${path}`).toBeDefined();
		const weight = await measurePage(dist, path.slice(1));
		const measured = { html: weight.htmlGzip, css: weight.cssGzip, js: weight.jsGzip };
		const over = (Object.keys(measured) as (keyof Budget)[])
			.filter((kind) => measured[kind] > budget![kind])
			.map((kind) => `${kind}: ${measured[kind]} bytes gzipped, budget ${budget![kind]}`);
		expect(
			over,
			`${path} is over budget; lighten it, or raise tests/budgets.json on purpose`,
		).toEqual([]);
	});
}
