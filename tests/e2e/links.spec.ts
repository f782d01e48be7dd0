import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks } from '../support/broken-links.ts';
import { expect, sitemapPaths, test } from '../support/site.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

test('every internal href in the built site leads to an existing page, file and fragment', () => {
	const pages = [];
	const files = new Set<string>();
	for (const entry of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
		const path = `/${relative(dist, join(dist, entry)).replace(/\\/g, '/')}`;
		if (entry.endsWith('index.html'))
			pages.push({
				path: path.replace(/index\.html$/, ''),
				html: readFileSync(join(dist, entry), 'utf8'),
			});
		else files.add(path);
	}
	expect(pages.length).toBeGreaterThanOrEqual(8);
	expect(findBrokenLinks(pages, files)).toEqual([]);
});

test('every topic page links at section level to at least two other topic pages', async ({
	site,
}) => {
	await site.goto('iam/');
	const topics = await site.topicLinks.evaluateAll((links) =>
		links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
	);
	for (const topic of topics) {
		await site.goto(topic);
		const targets = await site.crossLinks.evaluateAll((links) =>
			links
				.map((a) => new URL((a as HTMLAnchorElement).href))
				.filter((url) => url.hash)
				.map((url) => url.pathname),
		);
		const others = new Set(targets.filter((path) => path !== topic && topics.includes(path)));
		expect(others.size, `${topic} links to ${[...others].join(', ')}`).toBeGreaterThanOrEqual(2);
	}
});

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

test('hovering a link to another section previews its heading and first sentences', async ({
	site,
}) => {
	await site.goto('iam/');
	const link = site.crossLinks
		.filter({
			has: site.page.locator(':scope[href*="organizations/#service-control-policies-scps"]'),
		})
		.first();
	await link.hover();
	await expect(site.popover).toContainText('AWS Organizations › Service control policies (SCPs)');
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

test('each page lists the sections of other pages that link to it', async ({ site }) => {
	await site.goto('organizations/');
	await expect(site.backlinks.getByRole('heading', { name: 'Referenced from' })).toBeVisible();
	const sources = await site.backlinks
		.getByRole('link')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
	expect(sources.length).toBeGreaterThanOrEqual(2);
	for (const source of sources) {
		await site.goto(source);
		const fragment = new URL(source).hash;
		// The linking section really links back here.
		const section = await site.sectionIds(fragment.slice(1));
		expect(section.length).toBeGreaterThan(0);
		expect(
			await site.page.locator('.sl-markdown-content a[href*="organizations/"]').count(),
		).toBeGreaterThan(0);
	}
});

test('the sitemap includes the glossary', () => {
	expect(sitemapPaths().some((path) => path.endsWith('/glossary/'))).toBe(true);
});
