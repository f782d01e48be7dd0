import type { Page } from '@playwright/test';
import { expect, test } from './site.ts';

test('print shows the content as a study sheet: no navigation or buttons, light diagrams, link targets', async ({
	site,
}) => {
	await site.useTheme('dark');
	await site.goto('organizations/');
	await site.page.emulateMedia({ media: 'print' });
	await expect(site.page.locator('header.header')).toBeHidden();
	await expect(site.page.locator('#starlight__sidebar')).toBeHidden();
	await expect(site.copyLinkButtons.first()).toBeHidden();
	// The one SVG takes the light theme's colours on paper, whatever the screen's theme.
	await expect(site.root).toHaveAttribute('data-theme', 'dark');
	const nodeFill = () =>
		site.visibleDiagramSvgs
			.first()
			.locator('.node rect')
			.first()
			.evaluate((rect) => getComputedStyle(rect).fill);
	const printed = await nodeFill();
	await site.page.emulateMedia({ media: 'screen' });
	const dark = await nodeFill();
	await site.chooseTheme('light');
	expect(printed).toBe(await nodeFill());
	expect(printed).not.toBe(dark);
	await site.page.emulateMedia({ media: 'print' });
	await expect(site.page.locator('.asn-diagram__full:visible')).toHaveCount(0);
	const after = await site.page
		.locator('.sl-markdown-content a[href^="https://"]')
		.first()
		.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toContain('https://');
});

test.describe('the study sheet on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	// Topics far from the view are drawn only as the reader nears them (content-visibility): a
	// jump into the sheet must still land on its target and stay there.
	const headingTop = (page: Page, id: string) =>
		page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, id);

	test('a topic far down the sheet opens at its heading, and stays there', async ({ site }) => {
		await site.goto('all-topics/');
		await site.page
			.getByRole('navigation', { name: 'Topics on this page' })
			.getByRole('link')
			.last()
			.click();
		const heading = site.page.locator('#topic-security-services');
		await expect(heading).toBeInViewport();
		const top = await headingTop(site.page, 'topic-security-services');
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(150);
		await site.page.waitForTimeout(500);
		expect(await headingTop(site.page, 'topic-security-services')).toBeCloseTo(top, 0);
		await expect(site.page.locator('#topic-security-services + p')).toBeInViewport();
	});

	test('a link to a section deep in the sheet opens at that section', async ({ site }) => {
		const id = 'security-services--encryption-in-transit';
		await site.goto(`all-topics/#${id}`);
		await expect(site.page.locator(`[id="${id}"]`)).toBeInViewport();
		const top = await headingTop(site.page, id);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(150);
		// Scrolling back up draws the topic above without moving what the reader sees, so the same
		// scroll down again comes back to the section.
		for (const step of [-1000, -1000, -1000, 1000, 1000, 1000]) {
			await site.page.mouse.wheel(0, step);
			await site.page.waitForTimeout(200);
		}
		expect(Math.abs((await headingTop(site.page, id)) - top)).toBeLessThan(5);
	});
});
