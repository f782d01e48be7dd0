import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks } from '../support/broken-links.ts';
import { collectIds, parseHtml } from '../support/built-html.ts';
import { expect, test } from './site.ts';

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

test('hovering a link to another section previews its heading and first sentences', async ({
	site,
}) => {
	const previewFiles: string[] = [];
	site.page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (path.includes('/link-previews/'))
			previewFiles.push(path.slice(path.indexOf('link-previews/')));
	});
	await site.goto('iam/');
	expect(previewFiles, 'no preview is fetched before a reader points at a link').toEqual([]);
	const link = site.crossLinks
		.filter({
			has: site.page.locator(':scope[href*="organizations/#service-control-policies-scps"]'),
		})
		.first();
	await link.hover();
	await expect(site.popover).toContainText('AWS Organizations › Service control policies (SCPs)');
	// Only the linked page's previews are fetched, so the first hover costs the same on any size of site.
	expect(previewFiles).toEqual(['link-previews/pages/organizations.json']);
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

test('an old id of a renamed heading still lands on it', async ({ site }) => {
	await site.goto('organizations/#scps');
	await expect(site.page.locator('#service-control-policies-scps')).toBeInViewport();
});

test('every published deep link still resolves to an element on its page', async ({ site }) => {
	const links = JSON.parse(
		readFileSync(new URL('../../src/data/published-links.json', import.meta.url), 'utf8'),
	) as string[];
	expect(links.length).toBeGreaterThan(20);
	for (const link of links) {
		const [path, id] = link.split('#');
		const response = await site.page.request.get(path!);
		expect(response.status(), link).toBe(200);
		expect(collectIds(parseHtml(await response.text())), link).toContain(id);
	}
});
