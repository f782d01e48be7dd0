import { readFileSync } from 'node:fs';
import { QUERIES } from './search-queries.ts';
import { expect, test } from './site.ts';

const dist = new URL('../../dist/', import.meta.url);
const sectionsCache = new Map<string, Map<string, string>>();

/** For each heading id on a built page, the h2 section it belongs to. */
function sectionOf(page: string): Map<string, string> {
	let map = sectionsCache.get(page);
	if (!map) {
		map = new Map();
		const html = readFileSync(new URL(`${page}/index.html`, dist), 'utf8');
		let h2 = '';
		for (const [, level, id] of html.matchAll(/<h([23]) id="([^"]+)"/g)) {
			if (level === '2') h2 = id!;
			map.set(id!, h2);
		}
		sectionsCache.set(page, map);
	}
	return map;
}

test('the quality suite has at least 50 queries and covers every topic page', () => {
	expect(QUERIES.length).toBeGreaterThanOrEqual(50);
	const pages = new Set(QUERIES.map((q) => q.page));
	for (const page of [
		'shared-responsibility',
		'iam',
		'organizations',
		'compliance',
		'ddos',
		'security-services',
	]) {
		expect(pages).toContain(page);
	}
});

for (const expected of QUERIES) {
	const title = expected.page
		? `"${expected.query}" lands first on ${expected.page}/ in #${expected.sections.join(' or #')}`
		: `"${expected.query}" gets no confident answer`;
	test(title, async ({ site }) => {
		await site.goto('');
		await site.search(expected.query);
		if (!expected.page) {
			await expect(site.searchResults).toHaveCount(0);
			await expect(site.searchStatus).toContainText('No results');
			return;
		}
		const href = await site.firstResultHref();
		const url = new URL(href, 'http://x/');
		expect(url.pathname, href).toMatch(new RegExp(`/${expected.page}/$`));
		const fragment = decodeURIComponent(url.hash.slice(1));
		expect(expected.sections, `first result ${href}`).toContain(
			sectionOf(expected.page).get(fragment),
		);
	});
}
