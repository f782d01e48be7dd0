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

test('every topic page ends with a list of AWS sources', async ({ site }) => {
	await site.goto('iam/');
	const topics = await site.topicLinks.evaluateAll((links) =>
		links.map((link) => (link as HTMLAnchorElement).href),
	);
	expect(topics.length).toBeGreaterThan(0);
	for (const topic of topics) {
		await site.goto(topic);
		await expect(site.contentHeadings('h2').last(), topic).toHaveText('Sources');
		const sources = await site.linksAfterLastHeading();
		expect(sources.length, topic).toBeGreaterThanOrEqual(3);
		for (const source of sources)
			expect(source, topic).toMatch(/^https:\/\/(docs\.)?aws\.amazon\.com\//);
	}
});
