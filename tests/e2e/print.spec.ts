import { expect, test } from './site.ts';

test('print shows the content as a study sheet: no navigation or buttons, light diagrams, link targets', async ({
	site,
}) => {
	await site.goto('organizations/');
	await site.page.emulateMedia({ media: 'print' });
	await expect(site.page.locator('header.header')).toBeHidden();
	await expect(site.page.locator('#starlight__sidebar')).toBeHidden();
	await expect(site.copyLinkButtons.first()).toBeHidden();
	await expect(
		site.page.locator('.asn-diagram__variant[data-diagram-theme="light"]'),
	).toBeVisible();
	await expect(site.page.locator('.asn-diagram__variant[data-diagram-theme="dark"]')).toBeHidden();
	const after = await site.page
		.locator('.sl-markdown-content a[href^="https://"]')
		.first()
		.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toContain('https://');
});
