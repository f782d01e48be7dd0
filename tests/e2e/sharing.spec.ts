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

test.describe('the heading menu', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
	const clipboard = (site: { page: import('@playwright/test').Page }) =>
		site.page.evaluate(() => navigator.clipboard.readText());

	test('loads nothing until first used, opens from the keyboard, and Escape gives focus back', async ({
		site,
	}) => {
		const requested: string[] = [];
		site.page.on('request', (request) => requested.push(request.url()));
		await site.goto('organizations/');
		expect(requested.filter((url) => /heading-menu|\.md$/.test(url))).toEqual([]);
		const more = site.page.getByRole('button', {
			name: 'More actions for section “Service control policies (SCPs)”',
		});
		await more.focus();
		await site.page.keyboard.press('Enter');
		await expect(more).toHaveAttribute('aria-expanded', 'true');
		const menu = site.page.getByRole('list', {
			name: 'Actions for section “Service control policies (SCPs)”',
		});
		await expect(menu.getByRole('button', { name: 'Copy section as Markdown' })).toBeFocused();
		await site.page.keyboard.press('Escape');
		await expect(menu).toBeHidden();
		await expect(more).toBeFocused();
		await expect(more).toHaveAttribute('aria-expanded', 'false');
	});

	test('copies the section as Markdown, with its sub-sections and its URL, and the page as its twin', async ({
		site,
	}) => {
		await site.goto('organizations/');
		const more = site.page.getByRole('button', {
			name: 'More actions for section “Service control policies (SCPs)”',
		});
		await more.click();
		await site.page.getByRole('button', { name: 'Copy section as Markdown' }).click();
		await expect(site.page.locator('#asn-copy-status')).toHaveText('Section copied as Markdown');
		const section = await clipboard(site);
		expect(section).toMatch(
			/^## Service control policies \(SCPs\) \{#service-control-policies-scps\}\n/,
		);
		expect(section).toContain('### How SCPs are inherited {#how-scps-are-inherited}');
		expect(section).toContain('```mermaid');
		expect(section).not.toContain('{#consolidated-billing}');
		expect(section.trimEnd()).toMatch(
			/\nSource: https:\/\/[^ ]+\/organizations\/#service-control-policies-scps$/,
		);

		await more.click();
		await site.page.getByRole('button', { name: 'Copy page as Markdown' }).click();
		await expect(site.page.locator('#asn-copy-status')).toHaveText('Page copied as Markdown');
		const twin = await (await site.page.request.get('organizations.md')).text();
		expect(await clipboard(site)).toBe(twin);
	});

	test('on a public site, opens ChatGPT or Claude with a prompt that cites the section, as plain links', async ({
		site,
	}) => {
		await site.goto('iam/');
		const canonical = await site.page.locator('link[rel="canonical"]').getAttribute('href');
		test.skip(new URL(canonical!).hostname === 'localhost', 'built without a public SITE_URL');
		await site.page.getByRole('button', { name: 'More actions for section “IAM roles”' }).click();
		for (const [name, prefix] of [
			['ChatGPT', 'https://chatgpt.com/?q='],
			['Claude', 'https://claude.ai/new?q='],
		] as const) {
			const link = site.page.getByRole('link', { name: `Open in ${name} (opens in a new tab)` });
			const href = (await link.getAttribute('href')) ?? '';
			expect(href.startsWith(prefix), href).toBe(true);
			const prompt = new URL(href).searchParams.get('q') ?? '';
			expect(prompt).toContain(`${new URL('#iam-roles', canonical!).href}`);
			expect(prompt).toContain('Users, permissions and access › IAM roles');
			await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
		}
	});

	test('reports a problem with a section: a pre-filled issue with the page, URL, date and selected text', async ({
		site,
	}) => {
		await site.goto('iam/');
		const repo = await site.page.locator('#asn-copy-status').getAttribute('data-repo');
		test.skip(!repo, 'built without REPO_URL');
		// Select a sentence of the section, then open its menu.
		const paragraph = site.page.locator('.sl-heading-wrapper:has(#iam-roles) ~ p').first();
		await paragraph.selectText();
		const selected = (
			await site.page.evaluate(() => document.getSelection()?.toString() ?? '')
		).trim();
		expect(selected.length).toBeGreaterThan(20);
		await site.page.getByRole('button', { name: 'More actions for section “IAM roles”' }).click();
		const link = site.page.getByRole('link', { name: /^Report a problem with this section/ });
		const url = new URL((await link.getAttribute('href')) ?? '');
		expect(`${url.origin}${url.pathname}`).toBe(`${repo}/issues/new`);
		expect(url.searchParams.get('title')).toBe(
			'Problem: Users, permissions and access › IAM roles',
		);
		const body = url.searchParams.get('body') ?? '';
		expect(body).toMatch(/\*\*URL:\*\* https:\/\/\S+\/iam\/#iam-roles/);
		expect(body).toContain(`**Date:** ${new Date().toLocaleDateString('en-CA')}`);
		expect(body).toContain(`> ${selected.split('\n')[0]}`);
	});

	test('each page ends with a "Report a problem" link and has Starlight\'s edit link', async ({
		site,
	}) => {
		await site.goto('ddos/');
		const repo = await site.page.locator('#asn-copy-status').getAttribute('data-repo');
		test.skip(!repo, 'built without REPO_URL');
		const report = site.page.getByRole('link', { name: 'Report a problem with this page' });
		const href = new URL((await report.getAttribute('href')) ?? '');
		expect(href.searchParams.get('title')).toBe('Problem: Denial-of-service attacks and defences');
		expect(href.searchParams.get('body')).toMatch(/\*\*URL:\*\* https:\/\/\S+\/ddos\//);
		// With script, opening it adds today's date (GitHub is not reachable here: the request is caught).
		await site.page.route(`${repo}/**`, (route) => route.fulfill({ body: 'issue form' }));
		const [request] = await Promise.all([site.page.waitForRequest(`${repo}/**`), report.click()]);
		expect(new URL(request.url()).searchParams.get('body')).toContain(
			`**Date:** ${new Date().toLocaleDateString('en-CA')}`,
		);
		// The request is seen before its navigation ends: let it end, or the next goto is interrupted.
		await site.page.waitForURL(`${repo}/**`);
		await site.goto('ddos/');
		await expect(site.page.getByRole('link', { name: 'Edit page' })).toHaveAttribute(
			'href',
			`${repo}/edit/main/src/content/docs/ddos.mdx`,
		);
	});
});
