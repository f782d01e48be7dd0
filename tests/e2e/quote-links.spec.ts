import { expectNoViolations } from '../support/accessibility-checks.ts';
import { expect, test, type Site } from './site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Selects the words `quote` inside the first paragraph after the h2 or h3 `#id`, as a drag would. */
async function select(site: Site, id: string, quote: string) {
	await site.page.evaluate(
		([id, quote]) => {
			const paragraph = document.querySelector(`.sl-heading-wrapper:has(#${id}) ~ p`)!;
			const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
			const texts: Text[] = [];
			while (walker.nextNode()) texts.push(walker.currentNode as Text);
			const flat = texts.map((t) => t.data).join('');
			const start = flat.indexOf(quote);
			if (start < 0) throw new Error(`"${quote}" is not in the paragraph`);
			const locate = (offset: number) => {
				for (const text of texts) {
					if (offset <= text.data.length) return [text, offset] as const;
					offset -= text.data.length;
				}
				throw new Error('offset out of range');
			};
			const range = document.createRange();
			range.setStart(...locate(start));
			range.setEnd(...locate(start + quote.length));
			document.getSelection()!.removeAllRanges();
			document.getSelection()!.addRange(range);
		},
		[id, quote] as const,
	);
}

const QUOTE = 'is an identity with permissions but no long-term credentials';
const bar = (site: Site) => site.page.getByRole('toolbar', { name: 'Quote the selected text' });
const clipboard = (site: Site) => site.page.evaluate(() => navigator.clipboard.readText());

test('selecting words offers a link to them and a Markdown quote, loaded only then', async ({
	site,
}) => {
	const requested: string[] = [];
	site.page.on('request', (request) => requested.push(request.url()));
	await site.goto('iam/');
	expect(requested.filter((url) => url.includes('quote-links'))).toEqual([]);
	await select(site, 'iam-roles', QUOTE);
	await expect(bar(site)).toBeVisible();
	await bar(site).getByRole('button', { name: 'Copy link to this quote' }).click();
	await expect(site.page.locator('#asn-copy-status')).toHaveText('Link to the quote copied');
	const link = await clipboard(site);
	expect(link).toMatch(/\/iam\/#iam-roles:~:text=/);
	expect(link).toContain(
		'text=is%20an%20identity%20with%20permissions%20but%20no%20long%2Dterm%20credentials',
	);

	await bar(site).getByRole('button', { name: 'Copy as quote' }).click();
	await expect(site.page.locator('#asn-copy-status')).toHaveText('Quote copied');
	expect(await clipboard(site)).toBe(
		`> ${QUOTE}\n\n— Users, permissions and access › IAM roles\n${link}\n`,
	);

	for (const theme of ['light', 'dark'] as const) {
		await site.page.evaluate((theme) => (document.documentElement.dataset['theme'] = theme), theme);
		await expectNoViolations(site.page, `/iam/ with the quote bar open (${theme})`);
	}

	// Collapsing the selection takes the bar away.
	await site.page.evaluate(() => document.getSelection()?.removeAllRanges());
	await expect(bar(site)).toBeHidden();
});

test('the quote bar is next in Tab order after a selection, and works from the keyboard', async ({
	site,
}) => {
	await site.goto('iam/');
	// Drag across the words, as a reader does: that also moves the point Tab starts from.
	await site.page
		.locator('.sl-heading-wrapper:has(#iam-roles) ~ p')
		.first()
		.scrollIntoViewIfNeeded();
	await select(site, 'iam-roles', QUOTE);
	const [from, to] = await site.page.evaluate(() => {
		const rects = document.getSelection()!.getRangeAt(0).getClientRects();
		const first = rects[0]!;
		const last = rects[rects.length - 1]!;
		return [
			{ x: first.left + 1, y: first.top + first.height / 2 },
			{ x: last.right - 1, y: last.top + last.height / 2 },
		];
	});
	await site.page.evaluate(() => document.getSelection()?.removeAllRanges());
	await site.page.mouse.move(from!.x, from!.y);
	await site.page.mouse.down();
	await site.page.mouse.move(to!.x, to!.y, { steps: 5 });
	await site.page.mouse.up();
	await expect(bar(site)).toBeVisible();
	let reached = false;
	for (let i = 0; i < 8 && !reached; i++) {
		await site.page.keyboard.press('Tab');
		reached = await bar(site).evaluate((element) => element.contains(document.activeElement));
	}
	expect(reached, 'Tab reaches the quote bar').toBe(true);
	await expect(site.page.locator('.asn-quote-bar button:focus')).toHaveText(
		'Copy link to this quote',
	);
	await site.page.keyboard.press('Enter');
	await expect(site.page.locator('#asn-copy-status')).toHaveText('Link to the quote copied');
	expect(await clipboard(site)).toMatch(/#iam-roles:~:text=/);
});

test('a quote link opens on the quoted words, whatever section it names (Chromium follows text fragments itself)', async ({
	site,
}) => {
	await site.goto('iam/');
	await select(site, 'iam-roles', QUOTE);
	await bar(site).getByRole('button', { name: 'Copy link to this quote' }).click();
	// The link names another section: the quoted words, not that section, are where it opens.
	const link = (await clipboard(site)).replace('#iam-roles:', '#aws-account-root-user:');
	await site.page.goto('about:blank');
	await site.page.goto(link);
	const paragraph = site.page.locator('.sl-heading-wrapper:has(#iam-roles) ~ p').first();
	await expect(paragraph).toBeInViewport();
	await expect(site.page.locator('#aws-account-root-user')).not.toBeInViewport();
	// The browser highlighted it; the site's fallback did not run.
	await expect(site.page.locator('mark.text-fragments-polyfill-target-text')).toHaveCount(0);
});

// Chromium strips `:~:text=` from the URL it shows the page, whatever its flags (tried:
// TextFragmentIdentifiers and TextFragmentAnchor off) and even after history.replaceState, so no
// Chromium page can see the fragment a browser without support leaves in location.hash. The test
// hands the fallback that fragment on the real page instead; when the fallback runs is unit-tested
// (needsQuoteFallback).
test('without text-fragment support, the site finds, marks and scrolls to the quoted words', async ({
	site,
}) => {
	await site.goto('iam/');
	await select(site, 'iam-roles', 'identity'); // loads the quote module, as a first selection does
	await expect(bar(site)).toBeVisible();
	await site.page.evaluate(() => document.getSelection()?.removeAllRanges());
	await site.page.evaluate(() => scrollTo(0, 0));
	await site.page.evaluate(async () => {
		const url = performance
			.getEntriesByType('resource')
			.map((entry) => entry.name)
			.find((name) => name.includes('quote-links'));
		const module = (await import(url!)) as { markQuoteFromUrl: (hash: string) => void };
		module.markQuoteFromUrl(
			'#iam-roles:~:text=is%20an%20identity%20with%20permissions,long%2Dterm%20credentials',
		);
	});
	const hit = site.page.locator('mark.text-fragments-polyfill-target-text');
	await expect(hit.first()).toBeInViewport();
	expect((await hit.allInnerTexts()).join('')).toBe(QUOTE);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('a touch selection gets the bar inside the screen, with targets large enough to tap', async ({
		site,
	}) => {
		await site.goto('iam/');
		await select(site, 'iam-roles', QUOTE);
		await expect(bar(site)).toBeVisible();
		const box = (await bar(site).boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		for (const button of await bar(site).getByRole('button').all()) {
			expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		}
		await bar(site).getByRole('button', { name: 'Copy as quote' }).tap();
		await expect(site.page.locator('#asn-copy-status')).toHaveText('Quote copied');
	});
});
