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
