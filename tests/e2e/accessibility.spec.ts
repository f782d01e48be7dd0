import { contrast, expectNoViolations } from '../support/accessibility-checks.ts';
import { expect, sitemapPaths, test } from './site.ts';

const THEMES = ['light', 'dark'] as const;
const WIDTHS = [
	{ name: 'desktop', viewport: { width: 1280, height: 800 } },
	{ name: '768 px tablet', viewport: { width: 768, height: 1024 } },
	{ name: '390 px phone', viewport: { width: 390, height: 844 } },
] as const;

test.describe.configure({ timeout: 120_000 });

for (const theme of THEMES) {
	for (const { name, viewport } of WIDTHS) {
		test.describe(`in the ${theme} theme on a ${name}`, () => {
			test.use({ viewport });
			test.beforeEach(async ({ site }) => site.useTheme(theme));

			for (const path of sitemapPaths()) {
				test(`${path} has no WCAG 2.2 AA violations`, async ({ site }) => {
					await site.goto(path);
					await expect(site.root).toHaveAttribute('data-theme', theme);
					await expectNoViolations(site.page, `on ${path} (${theme}, ${name})`);
				});
			}

			test('the search dialog showing results for "shield" has no violations', async ({ site }) => {
				await site.goto('iam/');
				await expect(site.root).toHaveAttribute('data-theme', theme);
				await site.search('shield', { timeout: 30_000 });
				await expect(site.searchResults.first()).toBeVisible();
				await expectNoViolations(site.page, `with search open (${theme}, ${name})`);
			});

			if (viewport.width < 800) {
				test('the open menu has no violations', async ({ site }) => {
					await site.goto('iam/');
					await expect(site.root).toHaveAttribute('data-theme', theme);
					await site.menuButton.click();
					await expect(site.navigationLinks.first()).toBeVisible();
					await expectNoViolations(site.page, `with the menu open (${theme}, ${name})`);
				});
			}
		});
	}
}

for (const path of sitemapPaths()) {
	test(`${path} has unique ids and no positive tabindex`, async ({ site }) => {
		// Duplicate ids break anchors and ARIA references (axe no longer checks them since WCAG 2.2
		// dropped 4.1.1); a positive tabindex takes an element out of reading order.
		await site.goto(path);
		const problems = await site.page.evaluate(() => {
			const elements = [...document.querySelectorAll<HTMLElement>('[id], [tabindex]')];
			const ids = elements.filter((element) => element.id).map((element) => element.id);
			return {
				duplicateIds: [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))],
				positiveTabindex: elements
					.filter((element) => element.tabIndex > 0)
					.map((element) => element.outerHTML.slice(0, 80)),
			};
		});
		expect(problems).toEqual({ duplicateIds: [], positiveTabindex: [] });
	});
}

for (const theme of THEMES) {
	test(`diagram labels contrast at least 4.5:1 with their boxes in the ${theme} theme`, async ({
		site,
	}) => {
		// axe reports SVG text as "needs review": it cannot tell which shape is behind it.
		test.slow(); // visits every page
		await site.useTheme(theme);
		const pairs: Array<{ path: string; text: string; fill: string; background: string }> = [];
		for (const path of sitemapPaths()) {
			await site.goto(path);
			await expect(site.root).toHaveAttribute('data-theme', theme);
			for (const svg of await site.visibleDiagramSvgs.all()) {
				const labels = await svg.evaluate((element) => {
					const opaque = (colour: string) =>
						colour !== 'none' && !/rgba\(.*,\s*0\)$/.test(colour) && colour !== 'transparent';
					const page = getComputedStyle(element.closest('.asn-diagram__frame')!).backgroundColor;
					return [...element.querySelectorAll('text')].map((text) => {
						const group = text.closest('.node, .cluster, .edgeLabel');
						const shape = group?.querySelector<SVGElement>(
							':scope > :is(rect, path, polygon, circle), :scope > g > rect, rect.background',
						);
						const shapeFill = shape ? getComputedStyle(shape).fill : 'none';
						return {
							text: text.textContent ?? '',
							fill: getComputedStyle(text).fill,
							background: opaque(shapeFill) ? shapeFill : page,
						};
					});
				});
				pairs.push(...labels.map((label) => ({ path, ...label })));
			}
		}
		expect(pairs.length).toBeGreaterThan(20);
		const low = pairs.filter(({ fill, background }) => contrast(fill, background) < 4.5);
		expect(low).toEqual([]);
	});
}
