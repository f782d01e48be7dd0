import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { expect, sitemapPaths, test, type Site } from './site.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what the site promises. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The only violations the suite accepts: the axe rule, a CSS selector for the elements, and why the
 * site cannot fix it. Fix the site instead wherever possible, and remove an entry once it is fixed.
 * Empty: every violation found so far has been fixed.
 */
const EXCEPTIONS: ReadonlyArray<{ rule: string; selector: string; reason: string }> = [];

const THEMES = ['light', 'dark'] as const;
const WIDTHS = [
	{ name: 'desktop', viewport: { width: 1280, height: 800 } },
	{ name: '768 px tablet', viewport: { width: 768, height: 1024 } },
	{ name: '390 px phone', viewport: { width: 390, height: 844 } },
] as const;

/** One line per failing element: rule, impact, selector, what to fix, and where to read more. */
function describeViolations(violations: Result[]): string {
	return violations
		.flatMap((violation) =>
			violation.nodes.map(
				(node) =>
					`- ${violation.id} (${violation.impact}) at ${node.target.join(' ')}\n` +
					`    ${violation.help}: ${node.failureSummary?.replace(/\s*\n\s*/g, ' ')}\n` +
					`    ${violation.helpUrl}`,
			),
		)
		.join('\n');
}

/** Runs axe on the page as it is now and fails with a readable list of every violation. */
async function expectNoViolations(site: Site, where: string) {
	// Legacy mode runs axe in the page itself; the default opens a blank page to merge the results
	// of cross-origin frames, which the site does not have, and doubles the time of each scan.
	const results = await new AxeBuilder({ page: site.page })
		.options({ resultTypes: ['violations'] }) // replaces all options: must come before withTags
		.withTags(WCAG_TAGS)
		.setLegacyMode()
		.analyze();
	const excepted = await site.page.evaluate(
		({ violations, exceptions }) =>
			violations.map(({ id, targets }) =>
				targets.map((target) =>
					exceptions.some(
						(exception) =>
							exception.rule === id && document.querySelector(target)?.matches(exception.selector),
					),
				),
			),
		{
			violations: results.violations.map(({ id, nodes }) => ({
				id,
				targets: nodes.map((node) => String(node.target.at(-1))),
			})),
			exceptions: [...EXCEPTIONS],
		},
	);
	const violations = results.violations
		.map((violation, v) => ({
			...violation,
			nodes: violation.nodes.filter((_, n) => !excepted[v]![n]),
		}))
		.filter((violation) => violation.nodes.length > 0);
	expect(
		violations.map((violation) => violation.id),
		`axe found WCAG 2.2 AA violations ${where}:\n${describeViolations(violations)}`,
	).toEqual([]);
}

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
					await expectNoViolations(site, `on ${path} (${theme}, ${name})`);
				});
			}

			test('the search dialog showing results for "shield" has no violations', async ({ site }) => {
				await site.goto('iam/');
				await expect(site.root).toHaveAttribute('data-theme', theme);
				await site.search('shield', { timeout: 30_000 });
				await expect(site.searchResults.first()).toBeVisible();
				await expectNoViolations(site, `with search open (${theme}, ${name})`);
			});

			if (viewport.width < 800) {
				test('the open menu has no violations', async ({ site }) => {
					await site.goto('iam/');
					await expect(site.root).toHaveAttribute('data-theme', theme);
					await site.menuButton.click();
					await expect(site.navigationLinks.first()).toBeVisible();
					await expectNoViolations(site, `with the menu open (${theme}, ${name})`);
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

/** WCAG contrast ratio of two sRGB colours given as `rgb(r, g, b)`. */
function contrast(a: string, b: string): number {
	const luminance = (colour: string) => {
		const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).map((v) => {
			const c = Number(v) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light! + 0.05) / (dark! + 0.05);
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
					const page = getComputedStyle(element.parentElement!).backgroundColor;
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
