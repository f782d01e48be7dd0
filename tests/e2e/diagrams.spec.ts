import { readdirSync, readFileSync } from 'node:fs';
import { MIN_TEXT_PX } from '../../src/features/diagrams/remark-mermaid.ts';
import { expect, recordRequests, sitemapPaths, test } from './site.ts';

/** Pages that carry diagrams, and how many each has: the Mermaid blocks in each page's source. */
const DIAGRAM_PAGES = readdirSync(new URL('../../src/content/docs/', import.meta.url))
	.filter((name) => name.endsWith('.mdx'))
	.map((name) => ({
		path: `${name.replace(/\.mdx$/, '').replace(/^index$/, '')}/`.replace(/^\/$/, ''),
		count: (
			readFileSync(new URL(`../../src/content/docs/${name}`, import.meta.url), 'utf8').match(
				/^```mermaid$/gm,
			) ?? []
		).length,
	}))
	.filter((page) => page.count > 0);

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`in the ${colorScheme} theme`, () => {
		test.use({ colorScheme });

		for (const { path, count } of DIAGRAM_PAGES) {
			test(`${path} shows its diagrams as inline SVG with an accessible name and description`, async ({
				site,
			}) => {
				await site.goto(path);
				await expect(site.diagrams).toHaveCount(count);
				const svgs = site.visibleDiagramSvgs;
				await expect(svgs).toHaveCount(count);
				for (const svg of await svgs.all()) {
					// One SVG for both themes: its id names no theme.
					await expect(svg).toHaveAttribute('id', /^dgm-[0-9a-f]{8}(-\d+)?-0$/);
					await expect(svg).toHaveAccessibleName(/.{3,}/);
					await expect(svg).toHaveAccessibleDescription(/.{20,}/);
					// Mermaid's CSS survived the MDX pipeline: boxes are not left black.
					const fill = await svg
						.locator('.node :is(rect, path, polygon)')
						.first()
						.evaluate((shape) => getComputedStyle(shape).fill);
					expect(fill).not.toBe('rgb(0, 0, 0)');
				}
			});
		}
	});
}

for (const path of sitemapPaths()) {
	test(`${path} has no raw Mermaid code left`, async ({ site }) => {
		await site.goto(path);
		await expect(
			site.page.locator('pre[data-language="mermaid"], code.language-mermaid'),
		).toHaveCount(0);
		const text = await site.page.locator('main').innerText();
		expect(text).not.toMatch(/accTitle|accDescr|flowchart (TB|TD|LR)/);
	});
}

test('diagram pages request no diagram script', async ({ page, site }) => {
	const requests = recordRequests(page);
	const scripts = () => new Set(requests.filter((url) => /\.m?js(\?|$)/.test(url)));
	const diagramPaths = new Set(
		DIAGRAM_PAGES.map(({ path }) => new URL(path, 'http://x/').pathname),
	);
	const plainPaths = sitemapPaths().filter((path) => !diagramPaths.has(path));
	expect(plainPaths.length).toBeGreaterThan(0);
	for (const path of plainPaths) await site.goto(path);
	const plainScripts = scripts();
	for (const { path } of DIAGRAM_PAGES) {
		requests.length = 0;
		await site.goto(path);
		expect(
			requests.filter((url) => /mermaid/i.test(url)),
			path,
		).toEqual([]);
		await expect(site.diagrams.locator('script')).toHaveCount(0);
		// A script only diagram pages load must be there for something else (code blocks, say).
		for (const script of [...scripts()].filter((url) => !plainScripts.has(url))) {
			const source = await (await page.request.get(script)).text();
			expect(source, `${path} loads ${script}`).not.toMatch(/mermaid|asn-diagram/i);
		}
	}
});

test('the theme picker recolours the one SVG of each diagram, swapping nothing', async ({
	site,
}) => {
	await site.goto('organizations/');
	await expect(site.diagrams.locator('svg')).toHaveCount(1);
	const svg = site.visibleDiagramSvgs.first();
	await svg.evaluate((element) => element.setAttribute('data-test-same', ''));
	const colours = () =>
		svg.evaluate((element) => {
			const rect = element.querySelector('.node rect')!;
			const text = element.querySelector('.node text')!;
			return { fill: getComputedStyle(rect).fill, text: getComputedStyle(text).fill };
		});
	await site.chooseTheme('dark');
	const dark = await colours();
	await site.chooseTheme('light');
	const light = await colours();
	expect(light.fill).not.toBe(dark.fill);
	expect(light.text).not.toBe(dark.text);
	// The same element, not a second copy shown in its place.
	await expect(site.visibleDiagramSvgs.first()).toHaveAttribute('data-test-same', '');
	// "Open full size" opens the file for the theme on screen.
	const full = site.page.locator('.asn-diagram__full:visible');
	await expect(full).toHaveCount(1);
	await expect(full).toHaveAttribute('data-diagram-for', 'light');
	await site.chooseTheme('dark');
	await expect(full).toHaveAttribute('data-diagram-for', 'dark');
});

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 768, height: 1024 },
	{ width: 390, height: 844 },
]) {
	test.describe(`at ${viewport.width} px`, () => {
		test.use({ viewport });

		for (const { path } of DIAGRAM_PAGES) {
			test(`${path} diagrams fit the column whole, with text ${MIN_TEXT_PX} px or larger`, async ({
				site,
			}) => {
				await site.goto(path);
				const svgs = await site.visibleDiagramSvgs.all();
				expect(svgs.length).toBeGreaterThan(0);
				for (const svg of svgs) {
					await svg.scrollIntoViewIfNeeded();
					const fit = await svg.evaluate((element) => {
						const box = element.getBoundingClientRect();
						const frame = element.closest('.asn-diagram__frame')!.getBoundingClientRect();
						const scale = box.width / (element as SVGSVGElement).viewBox.baseVal.width;
						const sizes = [...element.querySelectorAll('text')].map(
							(text) => parseFloat(getComputedStyle(text).fontSize) * scale,
						);
						const page = document.documentElement;
						return {
							title: element.querySelector('title')?.textContent ?? '',
							inFrame: box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5,
							onScreen: frame.left >= 0 && frame.right <= window.innerWidth,
							pageScrolls: page.scrollWidth > page.clientWidth,
							smallest: Math.min(...sizes),
							texts: sizes.length,
						};
					});
					expect(fit.texts, fit.title).toBeGreaterThan(0);
					expect(fit.inFrame, `${fit.title} fits its frame`).toBe(true);
					expect(fit.onScreen, `${fit.title} is on screen whole`).toBe(true);
					expect(fit.pageScrolls, 'the page scrolls sideways').toBe(false);
					expect(fit.smallest, `${fit.title}: smallest text (px)`).toBeGreaterThanOrEqual(
						MIN_TEXT_PX,
					);
				}
			});
		}
	});
}

test.describe('on a 390 px phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('every diagram can be opened full size as a standalone SVG', async ({ site }) => {
		await site.goto('ddos/');
		const link = site.page.locator('.asn-diagram__full:visible').first();
		await expect(link).toHaveAccessibleName(/^Open full size ?: Layered DDoS defence on AWS$/);
		test.slow(); // visits every page, then every diagram file
		const hrefs: string[] = [];
		for (const path of sitemapPaths()) {
			await site.goto(path);
			hrefs.push(
				...(await site.page
					.locator('.asn-diagram__full:visible')
					.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))),
			);
		}
		expect(hrefs.length).toBeGreaterThanOrEqual(4);
		for (const href of hrefs) {
			const response = await site.page.goto(href);
			expect(response!.headers()['content-type']).toContain('image/svg+xml');
			// A browser shows the drawing only when the file is well-formed XML.
			expect(await site.page.evaluate(() => document.documentElement.localName), href).toBe('svg');
			expect(await site.page.locator('svg title').first().textContent()).toBeTruthy();
		}
	});
});
