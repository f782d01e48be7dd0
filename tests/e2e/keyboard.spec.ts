import { expect, sitemapPaths, test, type Site } from './site.ts';

const PHONE = { width: 390, height: 844 };

/** Presses Tab until `done` says so, returning each stop; fails after `limit` presses. */
async function tabUntil(
	site: Site,
	done: (stop: Awaited<ReturnType<Site['focused']>>) => boolean,
	limit = 60,
) {
	const stops = [];
	for (let i = 0; i < limit; i++) {
		await site.page.keyboard.press('Tab');
		const stop = await site.focused();
		stops.push(stop);
		if (done(stop)) return stops;
	}
	throw new Error(`Not reached after ${limit} Tab presses:\n${JSON.stringify(stops, null, 1)}`);
}

test('the skip link is the first Tab stop and takes focus past the navigation to the content', async ({
	site,
}) => {
	await site.goto('iam/');
	await site.page.keyboard.press('Tab');
	await expect(site.skipLink).toBeFocused();
	await expect(site.skipLink).toBeInViewport();
	await expect(site.skipLink).toHaveText('Skip to content');
	await site.page.keyboard.press('Enter');
	await expect(site.h1).toBeInViewport();
	await site.page.keyboard.press('Tab');
	// The next stop is the first one after the page title: nothing of the header or the sidebar.
	const next = await site.page.evaluate(() => {
		const focused = document.activeElement!;
		const title = document.querySelector('main h1')!;
		return {
			inMain: Boolean(focused.closest('main')),
			afterTitle: Boolean(
				title.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING,
			),
		};
	});
	expect(next).toEqual({ inMain: true, afterTitle: true });
});

for (const viewport of [{ width: 1280, height: 800 }, PHONE]) {
	test.describe(`at ${viewport.width} px`, () => {
		test.use({ viewport });

		test('Tab goes through the header, the navigation, then the content, in document order', async ({
			site,
		}) => {
			await site.goto('iam/');
			const stops = await tabUntil(site, (stop) => stop.region === 'content');
			const order = ['skip link', 'header', 'sidebar', 'table of contents', 'content'];
			const regions = stops.map((stop) => stop.region);
			expect(regions, JSON.stringify(stops, null, 1)).toEqual(
				[...regions].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
			);
			expect(regions).toContain('header');
			expect(regions).toContain('sidebar');
		});

		test('tabbing through a whole page never hides the focused element under the fixed header', async ({
			site,
		}) => {
			// WCAG 2.4.11 Focus Not Obscured: the header (and the "On this page" bar on phones) stay fixed
			// at the top while the page scrolls to each focused element.
			// Up to 400 stops at about 0.4 s each: the self-check's questions and buttons add some.
			test.setTimeout(300_000);
			await site.goto('iam/');
			const hidden: string[] = [];
			let stops = 0;
			for (; stops < 400; stops++) {
				await site.page.keyboard.press('Tab');
				const stop = await site.page.evaluate(() => {
					const element = document.activeElement;
					if (!element || element === document.body) return undefined;
					const box = element.getClientRects()[0];
					if (!box) return `${element.outerHTML.slice(0, 80)} has no box`;
					const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
					const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
					const top = document.elementFromPoint(x, y);
					return top && (element.contains(top) || top.contains(element))
						? ''
						: `${element.outerHTML.slice(0, 80)} is under ${top?.outerHTML.slice(0, 80)}`;
				});
				if (stop === undefined) break;
				if (stop) hidden.push(stop);
			}
			expect(stops).toBeGreaterThan(50);
			expect(hidden).toEqual([]);
		});
	});
}

test.describe('the search dialog', () => {
	test('opens from the keyboard with Enter or Space on the search button', async ({ site }) => {
		await site.goto('iam/');
		await tabUntil(site, (stop) => stop.region === 'header' && stop.element.includes('Search'));
		await site.page.keyboard.press('Enter');
		await expect(site.searchInput).toBeFocused();
		await site.page.keyboard.press('Escape');
		await expect(site.searchButton).toBeFocused();
		await site.page.keyboard.press('Space');
		await expect(site.searchInput).toBeFocused();
	});

	test('keeps Tab and Shift+Tab inside; Esc closes it and gives focus back to the button', async ({
		site,
	}) => {
		test.setTimeout(90_000);
		await site.goto('iam/');
		await site.searchButton.focus();
		await site.page.keyboard.press('Enter');
		await site.search('shield', { timeout: 30_000 });
		for (const key of ['Tab', 'Shift+Tab']) {
			const stops = new Set<string>();
			for (let i = 0; i < 8; i++) {
				await site.page.keyboard.press(key);
				const stop = await site.focused();
				expect(stop.region, `${key} ×${i + 1} left the dialog for ${stop.element}`).toBe('search');
				stops.add(stop.element);
			}
			// It cycles: the box, Close and the glossary link, each reached more than once.
			expect(stops.size).toBeGreaterThanOrEqual(3);
		}
		await site.page.keyboard.press('Escape');
		await expect(site.searchDialog).not.toHaveAttribute('open');
		await expect(site.searchButton).toBeFocused();
	});
});

test.describe('the menu on a 390 px phone', () => {
	test.use({ viewport: PHONE });

	test('opens from the keyboard, its links are reachable with Tab, and Esc closes it and returns focus', async ({
		site,
	}) => {
		await site.goto('iam/');
		await expect(site.sidebar).toBeHidden();
		const toButton = await tabUntil(site, (stop) => stop.element.startsWith('button “Menu'), 6);
		expect(toButton.map((stop) => stop.region)).not.toContain('content');
		await site.page.keyboard.press('Enter');
		await expect(site.sidebar).toBeVisible();
		const links = await site.navigationLinks.allTextContents();
		expect(links.length).toBeGreaterThanOrEqual(8);
		const reached = await tabUntil(
			site,
			(stop) => stop.region === 'sidebar' && stop.element.includes(links.at(-1)!.trim()),
			30,
		);
		for (const link of links)
			expect(reached.map((stop) => stop.element).join('\n')).toContain(link.trim());
		await site.page.keyboard.press('Escape');
		await expect(site.sidebar).toBeHidden();
		await expect(site.menuButton).toBeFocused();
	});

	test('while open, Tab cycles through the menu and the header, never the page behind', async ({
		site,
	}) => {
		test.slow(); // two rounds of the menu and header each way
		await site.goto('iam/');
		await site.menuButton.focus();
		await site.page.keyboard.press('Space');
		await expect(site.sidebar).toBeVisible();
		// Twice round, counting every control of the header and the menu (some are hidden on a phone,
		// so a little more): after a round of Tab, Chromium's first Shift+Tab back past the top can
		// skip its own toolbar, and a menu with one more link must not make the test miss it.
		const controls = await site.page
			.locator('header.header, #starlight__sidebar')
			.locator('a[href], button, input, select, summary')
			.count();
		const presses = 2 * (controls + 1);
		for (const key of ['Tab', 'Shift+Tab'] as const) {
			// "none" is the end of the document, where a browser moves focus to its own toolbar.
			expect(await site.regionsReachedBy(key, presses), key).toEqual(['header', 'none', 'sidebar']);
		}
	});
});

test('Tab moves the link preview from link to link, and Esc hides it without moving focus', async ({
	site,
}) => {
	await site.goto('organizations/');
	await site.termLinks.first().focus();
	await expect(site.popover).toBeVisible();
	const title = site.popover.locator('.asn-popover__title');
	const firstTitle = await title.innerText();
	// What the focused link previews: its term, or the section it goes to.
	const previewOfFocused = () =>
		site.page.evaluate(() => {
			const link = document.activeElement as HTMLAnchorElement | null;
			if (!link?.matches('a[data-term], a[data-preview]')) return undefined;
			return link.dataset['term'] ?? link.href;
		});
	const first = await previewOfFocused();
	let next: string | undefined;
	for (let i = 0; i < 20 && (!next || next === first); i++) {
		await site.page.keyboard.press('Tab');
		next = await previewOfFocused();
	}
	expect(next).toBeTruthy();
	expect(next).not.toBe(first);
	await expect(title).not.toHaveText(firstTitle);
	await expect(title).not.toBeEmpty();
	const focused = site.page.locator(':focus');
	await expect(focused).toHaveAttribute('aria-describedby', 'asn-popover');
	await site.page.keyboard.press('Escape');
	await expect(site.popover).toBeHidden();
	expect(await previewOfFocused(), 'focus stays on the link').toBe(next);
});

for (const width of [390, 768, 1280]) {
	test.describe(`scrollable regions at ${width} px`, () => {
		test.use({ viewport: { width, height: 900 } });

		for (const path of sitemapPaths()) {
			test(`${path}: every box that scrolls sideways takes focus and scrolls with the arrow keys`, async ({
				site,
			}) => {
				await site.goto(path);
				// Diagrams are laid out only near the screen (content-visibility): draw them all.
				await site.page.addStyleTag({
					content: '.asn-diagram__drawing { content-visibility: visible; }',
				});
				const scrollers = await site.page.evaluate(() =>
					[...document.querySelectorAll<HTMLElement>('main *')]
						.filter((element) => {
							const style = getComputedStyle(element);
							return (
								/(auto|scroll)/.test(style.overflowX) &&
								element.scrollWidth > element.clientWidth + 1 &&
								element.getClientRects().length > 0
							);
						})
						.map((element, index) => {
							element.dataset['asnScroller'] = String(index);
							return {
								index,
								what: `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`,
								focusable: element.tabIndex >= 0,
							};
						}),
				);
				for (const scroller of scrollers) {
					const box = site.page.locator(`[data-asn-scroller="${scroller.index}"]`);
					expect(scroller.focusable, `${scroller.what} scrolls but cannot take focus`).toBe(true);
					// On a loaded machine the first key can land while the page still lays out after the
					// style change above: focus and press again until it scrolls, or give up after 10 s.
					await expect(async () => {
						await box.focus();
						await site.page.keyboard.press('ArrowRight');
						expect(
							await box.evaluate((element) => element.scrollLeft),
							`${scroller.what} does not scroll with ArrowRight`,
						).toBeGreaterThan(0);
					}).toPass({ timeout: 10_000 });
				}
			});
		}
	});
}
