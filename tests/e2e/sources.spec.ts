import { basePath } from '../../src/lib/site-config.ts';
import { AWS_SOURCE_HOSTS } from '../../src/features/sources/source-links.ts';
import { expect, sitemapEntries, test } from './site.ts';

/** Topic pages, read from the sidebar of a page that has it. */
async function topicPaths(site: import('./site.ts').Site): Promise<string[]> {
	await site.goto('iam/');
	const topics = await site.topicLinks.evaluateAll((links) =>
		links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
	);
	expect(topics.length).toBeGreaterThan(0);
	return topics;
}

test('every topic page ends with its Sources list: AWS pages, or marked non-AWS ones, each naming the sections that cite it', async ({
	site,
}) => {
	for (const topic of await topicPaths(site)) {
		await site.goto(topic);
		await expect(site.contentHeadings('h2').last(), topic).toHaveText('Sources');
		const entries = await site.pageSources.evaluateAll((items) =>
			items.map((item) => ({
				href: item.querySelector('a')!.getAttribute('href')!,
				text: item.textContent!,
				cites: [...item.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!),
				citedExist: [...item.querySelectorAll('a[href^="#"]')].every((a) =>
					document.getElementById(a.getAttribute('href')!.slice(1)),
				),
			})),
		);
		expect(entries.length, topic).toBeGreaterThanOrEqual(3);
		for (const entry of entries) {
			const host = new URL(entry.href).hostname;
			expect(entry.href, topic).toMatch(/^https:\/\//);
			if (!(AWS_SOURCE_HOSTS as readonly string[]).includes(host))
				expect(entry.text, `${topic}: ${entry.href}`).toContain('(non-AWS)');
			expect(entry.cites.length, `${topic}: ${entry.href}`).toBeGreaterThan(0);
			expect(entry.citedExist, `${topic}: ${entry.href}`).toBe(true);
		}
	}
});

test('each Sources line ends its section and lists only sources the page list has', async ({
	site,
}) => {
	for (const topic of await topicPaths(site)) {
		await site.goto(topic);
		const listed = new Set(
			await site.pageSources.evaluateAll((items) =>
				items.map((item) => item.querySelector('a')!.getAttribute('href')!),
			),
		);
		const lines = await site.sourcesLines.evaluateAll((paragraphs) =>
			paragraphs.map((p) => ({
				text: p.textContent!,
				next: p.nextElementSibling?.matches('.sl-heading-wrapper, h2, h3, h4') ?? true,
				hrefs: [...p.querySelectorAll('a')].map((a) => a.getAttribute('href')!),
			})),
		);
		expect(lines.length, topic).toBeGreaterThanOrEqual(3);
		for (const line of lines) {
			expect(line.text, topic).toMatch(/^Sources?: /);
			expect(line.next, `${topic}: "${line.text.slice(0, 60)}" is not at a section's end`).toBe(
				true,
			);
			for (const href of line.hrefs) expect(listed.has(href), `${topic}: ${href}`).toBe(true);
		}
	}
});

test('every topic page shows the day it was checked against AWS documentation, which is its sitemap lastmod', async ({
	site,
}) => {
	const lastmod = new Map(sitemapEntries().map((entry) => [entry.path, entry.lastmod]));
	for (const topic of await topicPaths(site)) {
		await site.goto(topic);
		const date = site.verifiedDate;
		await expect(date, topic).toHaveCount(1);
		const day = await date.getAttribute('datetime');
		expect(day, topic).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		// The sitemap writes the day as a W3C datetime at midnight UTC.
		expect(lastmod.get(topic)?.slice(0, 10), topic).toBe(day);
		const shown = new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC',
		});
		await expect(site.page.locator('.asn-verified'), topic).toHaveText(
			`Checked against AWS documentation on ${shown}. Corrections`,
		);
	}
});

test('search never indexes Sources lines, the Sources list or the verified date', async ({
	site,
}) => {
	const titles = new Set<string>();
	for (const topic of await topicPaths(site)) {
		await site.goto(topic);
		for (const title of await site.pageSources.evaluateAll((items) =>
			items.map((item) => item.querySelector('a')!.textContent!),
		))
			titles.add(title);
	}
	expect(titles.size).toBeGreaterThan(20);
	// The site's own search loads Pagefind under its Trusted Types policy; the import below then
	// gets that same module.
	await site.search('shield');
	const indexed = await site.page.evaluate(async (base) => {
		const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
		const all = await pagefind.search(null);
		const pages = await Promise.all(
			all.results.map((result: { data: () => Promise<{ content: string }> }) => result.data()),
		);
		return pages.map((page: { content: string }) => page.content);
	}, basePath());
	expect(indexed.length).toBeGreaterThan(5);
	for (const content of indexed) {
		expect(content).not.toContain('Checked against AWS documentation on');
		expect(content).not.toMatch(/\bSources?: /);
		for (const title of titles) expect(content).not.toContain(title);
	}
});

test('the corrections page lists each correction, newest first, with a link to a section that exists', async ({
	site,
}) => {
	await site.goto('corrections/');
	await expect(site.h1).toHaveText('Corrections');
	const entries = site.page.locator('.asn-correction');
	expect(await entries.count()).toBeGreaterThanOrEqual(10);
	const days = await site.page
		.locator('.asn-corrections h2 time')
		.evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
	expect(days).toEqual([...days].sort().reverse());
	const sections = await entries.evaluateAll((items) =>
		items.map((item) => {
			const link = [...item.querySelectorAll('dt')]
				.find((dt) => dt.textContent === 'Section')!
				.nextElementSibling!.querySelector('a')!;
			return link.href;
		}),
	);
	for (const href of new Set(sections)) {
		const { pathname, hash } = new URL(href);
		await site.goto(pathname);
		await expect(
			site.page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`),
			href,
		).toHaveCount(1);
	}
});
