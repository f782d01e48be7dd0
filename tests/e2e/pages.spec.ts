import { expect, sitemapPaths, test } from './site.ts';

const paths = sitemapPaths();

test('the sitemap lists the home page and every topic page', () => {
	expect(paths.length).toBeGreaterThanOrEqual(7);
});

for (const path of paths) {
	test(`${path} loads cleanly with one h1 and a description`, async ({ site }) => {
		const response = await site.goto(path);
		expect(response?.status()).toBe(200);
		await expect(site.h1).toHaveCount(1);
		await expect(site.h1).not.toBeEmpty();
		const description = await site.metaDescription.getAttribute('content');
		expect(description?.length ?? 0).toBeGreaterThan(50);
		expect(site.problems.consoleErrors).toEqual([]);
		expect(site.problems.failedRequests).toEqual([]);
	});
}
