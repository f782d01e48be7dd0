import { expect, sitemapPaths, test } from './site.ts';

test('hovering a glossary term shows its definition, and moving away hides it', async ({
	site,
}) => {
	await site.goto('organizations/');
	const term = site.termLinks.filter({ hasText: /^SCPs?$/ }).first();
	await term.hover();
	await expect(site.popover).toBeVisible();
	await expect(site.popover).toContainText('Service control policy (SCP)');
	await expect(site.popover).toContainText('maximum permissions');
	await expect(term).toHaveAttribute('aria-describedby', 'asn-popover');
	await site.page.mouse.move(5, 5);
	await expect(site.popover).toBeHidden();
});

test('focusing a term by keyboard shows the popover and Esc closes it', async ({ site }) => {
	await site.goto('iam/');
	const term = site.termLinks.first();
	await term.focus();
	await expect(site.popover).toBeVisible();
	await expect(term).toHaveAccessibleDescription(/.{20,}/);
	await site.page.keyboard.press('Escape');
	await expect(site.popover).toBeHidden();
	await expect(term).toBeFocused();
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

	test('the first tap on a term shows the definition, the second follows the link', async ({
		site,
	}) => {
		await site.goto('iam/');
		const term = site.termLinks.first();
		await term.scrollIntoViewIfNeeded();
		await term.tap();
		await expect(site.popover).toBeVisible();
		const before = site.page.url();
		await expect(site.popover).toBeVisible();
		expect(site.page.url()).toBe(before);
		const href = await term.evaluate((a) => (a as HTMLAnchorElement).href);
		await term.tap();
		await site.page.waitForURL(href);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a term is a plain link to the section that explains it', async ({ site }) => {
		await site.goto('organizations/');
		const term = site.termLinks.first();
		await expect(term).toHaveAttribute('href', /#/);
		await term.click();
		await expect(site.page).toHaveURL(/#[a-z]/);
		await expect(site.popover).toBeHidden();
	});
});

test('glossary anchors land on their entries', async ({ site }) => {
	for (const id of ['scp', 'mfa', 'guardduty', 'shield-advanced']) {
		await site.goto(`glossary/#${id}`);
		const entry = site.page.locator(`#${id}`);
		await expect(entry).toBeInViewport();
		await expect(entry.locator('dfn')).not.toBeEmpty();
		await expect(entry.getByRole('link', { name: /›/ })).toHaveAttribute('href', /#/);
	}
});

test('the glossary lists at least 60 terms from A to Z', async ({ site }) => {
	await site.goto('glossary/');
	const terms = await site.page.locator('.asn-glossary dfn').allInnerTexts();
	expect(terms.length).toBeGreaterThanOrEqual(60);
	const sortName = (t: string) => t.replace(/^(AWS|Amazon)\s+/, '').toLowerCase();
	expect(terms.map(sortName)).toEqual(
		[...terms.map(sortName)].sort((a, b) => a.localeCompare(b, 'en')),
	);
});

test('the sitemap includes the glossary', () => {
	expect(sitemapPaths().some((path) => path.endsWith('/glossary/'))).toBe(true);
});
