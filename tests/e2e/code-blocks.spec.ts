import { findElements, parseBuiltPage } from '../support/built-html.ts';
import { expect, sitemapPaths, test } from './site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a code block copies exactly the code it shows, line breaks included', async ({ site }) => {
	await site.goto('iam/');
	const block = site.page.locator('.expressive-code').first();
	const shown = await block.locator('pre').innerText();
	expect(shown.split('\n').length).toBeGreaterThan(1);
	await block.hover();
	await block.locator('.copy button').click();
	await expect
		.poll(() => site.page.evaluate(() => navigator.clipboard.readText()))
		.toBe(shown.trim());
});

test('every code block takes keyboard focus in the HTML itself, before any script runs', () => {
	const blocks = sitemapPaths().flatMap((path) =>
		findElements(parseBuiltPage(path.replace(/^\/|\/$/g, '')), 'pre').filter((pre) =>
			String(pre.properties['dataLanguage'] ?? ''),
		),
	);
	expect(blocks.length).toBeGreaterThan(0);
	expect(blocks.map((pre) => pre.properties['tabIndex'])).toEqual(blocks.map(() => 0));
});
