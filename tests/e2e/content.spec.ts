import { expect, sitemapPaths, test } from './site.ts';

/** Misspellings in the source notes; the site must fix every one. */
const NOTES_TYPOS = [
	'acccess',
	'useres',
	'privlege',
	'cetnralized',
	'infastructure',
	'complaince',
	'mees',
	'methdos',
	'slowlorises',
];

for (const path of sitemapPaths()) {
	test(`${path} contains none of the notes' typos`, async ({ site }) => {
		await site.goto(path);
		const text = (await site.page.locator('body').innerText()).toLowerCase();
		const found = NOTES_TYPOS.filter((typo) => new RegExp(`\\b${typo}\\b`).test(text));
		expect(found).toEqual([]);
	});
}
