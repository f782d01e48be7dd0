import { readFileSync } from 'node:fs';
import { basePath } from '../../src/lib/site-config.ts';
import { expect, sitemapPaths, test } from './site.ts';

const glossary = JSON.parse(
	readFileSync(new URL('../../src/data/glossary.json', import.meta.url), 'utf8'),
) as Array<{
	id: string;
	target: string;
}>;
/** A sample of short links, each with the path and fragment it must land on. */
const SHORT_LINKS = glossary
	.filter((entry) => ['scp', 'mfa', 'guardduty', 'shield-advanced'].includes(entry.id))
	.map(({ id, target }) => {
		const [page, fragment] = target.split('#');
		return { id, target: `${basePath()}${page}/#${fragment}` };
	});

test.describe('copy-link buttons', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('every h2 and h3 has one, shown on hover, that copies the absolute section URL and says so', async ({
		site,
	}) => {
		await site.goto('organizations/?highlight=scp');
		const headings = await site.page.locator('.sl-markdown-content :is(h2, h3)[id]').count();
		await expect(site.copyLinkButtons).toHaveCount(headings);
		const wrapper = site.page.locator('.sl-heading-wrapper:has(#service-control-policies-scps)');
		const button = wrapper.locator('.asn-copy-link');
		await expect(button).toHaveCSS('opacity', '0');
		await wrapper.hover();
		await expect(button).toHaveCSS('opacity', '1');
		await button.click();
		const copied = await site.page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(
			new URL(`${basePath()}organizations/#service-control-policies-scps`, site.page.url()).href,
		);
		await expect(site.page.locator('#asn-copy-status')).toHaveText('Link copied');
	});

	test('follow their heading in Tab order, show on focus, and copy with Enter or Space', async ({
		site,
	}) => {
		await site.goto('iam/');
		const anchor = site.page.locator('.sl-heading-wrapper:has(#iam-roles) .sl-anchor-link');
		await anchor.focus();
		await site.page.keyboard.press('Tab');
		const button = site.page.getByRole('button', { name: 'Copy link to section “IAM roles”' });
		await expect(button).toBeFocused();
		await expect(button).toHaveCSS('opacity', '1');
		await expect(button).toHaveCSS('outline-style', 'solid');
		for (const key of ['Enter', 'Space']) {
			await site.page.evaluate(() => navigator.clipboard.writeText(''));
			await site.page.keyboard.press(key);
			await expect(site.page.locator('#asn-copy-status')).toHaveText('Link copied');
			await expect
				.poll(() => site.page.evaluate(() => navigator.clipboard.readText()), { message: key })
				.toMatch(/\/iam\/#iam-roles$/);
		}
	});
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

	test('copy-link buttons are always visible', async ({ site }) => {
		await site.goto('iam/');
		await expect(site.copyLinkButtons.first()).toHaveCSS('opacity', '1');
	});
});

for (const javaScriptEnabled of [true, false]) {
	test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		for (const { id, target } of SHORT_LINKS) {
			test(`/go/${id}/ redirects to ${target}`, async ({ site }) => {
				await site.page.goto(`go/${id}/`);
				await site.page.waitForURL((url) => url.pathname + url.hash === target, {
					timeout: 10_000,
				});
				await expect(site.page.locator(target.slice(target.indexOf('#')))).toBeAttached();
			});
		}
	});
}

test('every glossary term has a short link', async ({ site }) => {
	expect(SHORT_LINKS).toHaveLength(4);
	for (const { id } of glossary) {
		const response = await site.page.request.get(`go/${id}/`);
		expect(response.status(), id).toBe(200);
	}
});

for (const path of sitemapPaths()) {
	test(`${path} has its own link-preview tags and a 1200×630 social card`, async ({ site }) => {
		await site.goto(path);
		const content = (selector: string) =>
			site.page.locator(selector).first().getAttribute('content');
		const title = await content('meta[property="og:title"]');
		expect(title).toBeTruthy();
		expect((await content('meta[property="og:description"]'))?.length).toBeGreaterThan(40);
		expect(await content('meta[name="twitter:card"]')).toBe('summary_large_image');
		const canonical = await site.page.locator('link[rel="canonical"]').getAttribute('href');
		expect(new URL(canonical!).pathname).toBe(path);
		const image = (await content('meta[property="og:image"]'))!;
		expect(await content('meta[name="twitter:image"]')).toBe(image);
		const response = await site.page.request.get(new URL(image).pathname);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('image/png');
		const png = await response.body();
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	});
}
