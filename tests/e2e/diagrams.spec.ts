import { readdirSync, readFileSync } from 'node:fs';
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
					await expect(svg).toHaveAttribute('id', new RegExp(`-${colorScheme}-0$`));
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

test('the theme picker swaps each diagram to the matching SVG', async ({ site }) => {
	await site.goto('organizations/');
	await site.chooseTheme('light');
	await expect(site.visibleDiagramSvgs).toHaveCount(1);
	await expect(site.visibleDiagramSvgs.first()).toHaveAttribute('id', /-light-0$/);
	await site.chooseTheme('dark');
	await expect(site.visibleDiagramSvgs).toHaveCount(1);
	await expect(site.visibleDiagramSvgs.first()).toHaveAttribute('id', /-dark-0$/);
});

test.describe('on a 390 px phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	for (const { path } of DIAGRAM_PAGES) {
		test(`${path} diagrams stay readable: scaled no smaller than 60%, scrolling instead, text not clipped`, async ({
			site,
		}) => {
			await site.goto(path);
			for (const svg of await site.visibleDiagramSvgs.all()) {
				const { rendered, natural, scrollWidth, clientWidth, overflowX } = await svg.evaluate(
					(element) => {
						const box = element.getBoundingClientRect();
						const view = (element as SVGSVGElement).viewBox.baseVal;
						const scroller = element.parentElement!;
						return {
							rendered: box.width,
							natural: view.width,
							scrollWidth: scroller.scrollWidth,
							clientWidth: scroller.clientWidth,
							overflowX: getComputedStyle(scroller).overflowX,
						};
					},
				);
				expect(rendered / natural).toBeGreaterThanOrEqual(0.6);
				// Whatever does not fit can be scrolled to, not clipped.
				if (scrollWidth > clientWidth) expect(overflowX).toBe('auto');
			}
		});
	}

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
