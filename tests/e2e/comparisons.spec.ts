import { readdirSync, readFileSync } from 'node:fs';
import type { Comparison } from '../../src/features/comparisons/comparison-schema.ts';
import { expect, test } from './site.ts';

/** Every comparison the site has, read from its data files. */
const tables: Comparison[] = readdirSync(new URL('../../src/data/comparisons/', import.meta.url))
	.filter((name) => name.endsWith('.json'))
	.map((name) =>
		JSON.parse(
			readFileSync(new URL(`../../src/data/comparisons/${name}`, import.meta.url), 'utf8'),
		),
	);

test('the site has the comparison tables readers study from', () => {
	expect(tables.length).toBeGreaterThanOrEqual(10);
});

for (const table of tables) {
	test(`"${table.title}" renders under its own heading, with a caption and scoped headers`, async ({
		site,
	}) => {
		await site.goto(`${table.page}/#${table.id}`);
		const heading = site.page.locator(`[id="${table.id}"]`);
		await expect(heading).toHaveText(table.title);
		await expect(heading).toBeInViewport();
		const region = site.comparison(table.id);
		await expect(region).toHaveAccessibleName(table.caption);
		await expect(region).toHaveAttribute('tabindex', '0');
		const grid = region.locator('table');
		await expect(grid.locator('caption')).toHaveText(table.caption);
		await expect(grid.locator('thead th[scope="col"]')).toHaveText([
			table.aspectLabel ?? 'Aspect',
			...table.columns,
		]);
		await expect(grid.locator('tbody th[scope="row"]')).toHaveText(
			table.rows.map((row) => row.aspect),
		);
		for (const row of table.rows) {
			const cells = grid.locator(`tr[id="${table.id}-${row.id}"] td`);
			await expect(cells).toHaveCount(table.columns.length);
			for (const text of await cells.allTextContents()) expect(text.trim()).not.toBe('');
		}
	});
}

test('a link to a row opens the page at that row and marks it', async ({ site }) => {
	const table = tables[0]!;
	const row = table.rows.at(-1)!;
	await site.goto(`${table.page}/#${table.id}-${row.id}`);
	const target = site.page.locator(`tr[id="${table.id}-${row.id}"]`);
	await expect(target).toBeInViewport();
	await expect(target).toHaveJSProperty('id', `${table.id}-${row.id}`);
	expect(await target.evaluate((tr) => tr.matches(':target'))).toBe(true);
});

test('every compared section links to its comparison table', async ({ site }) => {
	for (const table of tables) {
		for (const section of table.compares) {
			const [page, id] = section.split('#');
			await site.goto(`${page}/`);
			const links = await site.page
				.locator(`p.asn-compare a`)
				.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
			const expected = new URL(`../${table.page}/#${table.id}`, site.page.url()).href;
			expect(links, `${section} → ${table.id}`).toContain(expected);
			// The link sits in the compared section: after its heading, before the next one.
			const inSection = await site.page.evaluate(
				([heading, href]) => {
					const start = document.getElementById(heading!)!;
					let node = (start.closest('.sl-heading-wrapper') ?? start).nextElementSibling;
					for (
						;
						node && !node.matches('.sl-heading-wrapper, h2, h3');
						node = node.nextElementSibling
					)
						if (node.querySelector(`a[href="${href}"]`)) return true;
					return false;
				},
				[
					id,
					await site.page
						.locator(`p.asn-compare a[href$="#${table.id}"]`)
						.first()
						.getAttribute('href'),
				],
			);
			expect(inSection, `${section} → ${table.id}`).toBe(true);
		}
	}
});

for (const width of [768, 1280]) {
	test(`at ${width} px every table fits the column, so focus never lands on a cell scrolled out of view`, async ({
		site,
	}) => {
		await site.page.setViewportSize({ width, height: 900 });
		for (const page of new Set(tables.map((table) => table.page))) {
			await site.goto(`${page}/`);
			for (const table of tables.filter((t) => t.page === page)) {
				const { scrollWidth, clientWidth } = await site
					.comparison(table.id)
					.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
				expect(scrollWidth, `${table.id} at ${width} px`).toBeLessThanOrEqual(clientWidth);
			}
		}
	});
}

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('a table wider than the screen scrolls sideways from the keyboard, and the page does not', async ({
		site,
	}) => {
		const widest = tables.reduce((a, b) => (b.columns.length > a.columns.length ? b : a));
		await site.goto(`${widest.page}/`);
		const region = site.comparison(widest.id);
		const { scrollWidth, clientWidth } = await region.evaluate((el) => ({
			scrollWidth: el.scrollWidth,
			clientWidth: el.clientWidth,
		}));
		expect(scrollWidth).toBeGreaterThan(clientWidth);
		await region.focus();
		await expect(region).toBeFocused();
		await site.page.keyboard.press('ArrowRight');
		await site.page.keyboard.press('ArrowRight');
		await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
		const pageScrolls = await site.page.evaluate(
			() => document.documentElement.scrollWidth > document.documentElement.clientWidth,
		);
		expect(pageScrolls).toBe(false);
	});
});
