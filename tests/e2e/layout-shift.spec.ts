import type { Page } from '@playwright/test';
import { topics } from '../../src/lib/topics.ts';
import { expect, sitemapPaths, test } from './site.ts';

/** Loads per topic page and width: a shift that happens on one load in several must still show. */
const LOADS = 10;
/** Loads of every other sitemap page (the home, study and list pages) per width. */
const OTHER_LOADS = 4;
/**
 * How many times slower the CPU runs, as in Lighthouse's mobile profile: on a fast CPU a page's
 * scripts often finish before its first paint, and a shift they cause never shows.
 */
const CPU_SLOWDOWN = 4;
/** The largest layout shift score a single shift may have. */
const MAX_SHIFT = 0.001;

interface Shift {
	value: number;
	sources: string[];
}

/**
 * Loads `path` with the browser cache off, as a first visit, waits until the page is loaded and
 * still, and returns every layout shift not caused by input, with what moved and how.
 */
async function shiftsOf(page: Page, path: string): Promise<Shift[]> {
	await page.goto(path, { waitUntil: 'load' });
	// Two frames after load, then a pause for anything late (lazy modules, content-visibility).
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
	);
	await page.waitForTimeout(300);
	return page.evaluate(
		() =>
			new Promise<Shift[]>((resolve) => {
				type LayoutShift = PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
					sources: Array<{ node: Node | null; previousRect: DOMRect; currentRect: DOMRect }>;
				};
				const describe = (node: Node | null) => {
					if (!(node instanceof Element)) return node?.nodeName ?? 'unknown';
					const classes = [...node.classList].slice(0, 2).map((name) => `.${name}`);
					return `${node.localName}${node.id ? `#${node.id}` : ''}${classes.join('')}`;
				};
				const rect = ({ x, y, width, height }: DOMRect) =>
					`${Math.round(x)},${Math.round(y)} ${Math.round(width)}×${Math.round(height)}`;
				new PerformanceObserver((list) => {
					resolve(
						(list.getEntries() as LayoutShift[])
							.filter((entry) => !entry.hadRecentInput)
							.map((entry) => ({
								value: entry.value,
								sources: entry.sources.map(
									(source) =>
										`${describe(source.node)} ${rect(source.previousRect)} → ${rect(source.currentRect)}`,
								),
							})),
					);
				}).observe({ type: 'layout-shift', buffered: true });
				// The observer reports buffered entries at once; a page with none reports nothing.
				setTimeout(() => resolve([]), 200);
			}),
	);
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 },
]) {
	test.describe(`at ${viewport.width} px`, () => {
		test.use({ viewport });

		const topicPaths = new Set(topics.map(({ slug }) => `/${slug}/`));
		const pages = [...topicPaths, ...sitemapPaths().filter((path) => !topicPaths.has(path))].map(
			(path) => ({ path, loads: topicPaths.has(path) ? LOADS : OTHER_LOADS }),
		);
		for (const { path, loads } of pages) {
			test(`${path} never moves while it loads (${loads} first visits, CPU ${CPU_SLOWDOWN}× slower)`, async ({
				page,
			}) => {
				test.slow();
				const cdp = await page.context().newCDPSession(page);
				await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
				await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
				const shifts: string[] = [];
				for (let load = 1; load <= loads; load++) {
					for (const shift of await shiftsOf(page, path.slice(1))) {
						if (shift.value > MAX_SHIFT) {
							shifts.push(`load ${load}: ${shift.value.toFixed(4)}: ${shift.sources.join('; ')}`);
						}
					}
				}
				expect(shifts, `layout shifts above ${MAX_SHIFT}`).toEqual([]);
			});
		}
	});
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 },
]) {
	test.describe(`the first paint at ${viewport.width} px`, () => {
		// The page as parsed, before any script: what scripts add is drawn only once the whole
		// stylesheet has loaded, as module scripts wait for the stylesheets before them.
		test.use({ viewport, javaScriptEnabled: false });

		for (const path of sitemapPaths().map((path) => path.slice(1))) {
			test(`/${path} is laid out by its inline critical CSS as by the whole stylesheet`, async ({
				page,
			}) => {
				// Every element in the first two screens: where it is and how big.
				const boxes = () =>
					page.evaluate(() =>
						[...document.body.querySelectorAll('*')].flatMap((element, index) => {
							const { x, y, width, height } = element.getBoundingClientRect();
							if (y > 2 * window.innerHeight || element.getClientRects().length === 0) return [];
							const name = `${index} ${element.localName}.${[...element.classList].join('.')}`;
							return [`${name} ${[x, y, width, height].map(Math.round).join(' ')}`];
						}),
					);
				await page.goto(path);
				const full = await boxes();
				// The page as the first response paints it: the stylesheets after the content never arrive.
				await page.route('**/*.css', (route) => route.abort());
				await page.goto(path);
				expect(await boxes()).toEqual(full);
			});
		}
	});
}
