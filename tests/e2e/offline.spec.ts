import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { basePath } from '../../src/lib/site-config.ts';
import { copySite, runAstroBuild } from '../support/astro-build.ts';
import { findFreePort, startPreview, type Preview } from '../support/preview-server.ts';
import { cspViolations, expect, recordCspViolations, Site, sitemapPaths, test } from './site.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');

/** A browser profile of its own that lets the site's service worker run (the rest of the suite blocks it). */
async function readerContext(browser: Browser, preview: Preview): Promise<BrowserContext> {
	return browser.newContext({ baseURL: preview.url, serviceWorkers: 'allow' });
}

/** Waits until the service worker has precached the site and controls `page`. */
async function waitUntilOffline(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
			);
	});
}

/** `path` (absolute, with the base path) as the preview serves it. */
const at = (preview: Preview, path: string) => new URL(path, preview.url).href;

test.describe('offline reading', () => {
	// Each test serves and stops its own server, and builds its own site: no parallel siblings.
	test.describe.configure({ mode: 'serial' });

	test('nothing is fetched for offline reading until the page has loaded and gone idle', async ({
		browser,
	}) => {
		const preview = await startPreview(root);
		try {
			const context = await readerContext(browser, preview);
			const page = await context.newPage();
			const events: string[] = [];
			page.on('load', () => events.push('load'));
			context.on('request', (request) => {
				if (request.serviceWorker() || new URL(request.url()).pathname.endsWith('/sw.js'))
					events.push(`worker: ${request.url()}`);
			});
			await page.goto(at(preview, basePath()));
			await waitUntilOffline(page);
			expect(events[0], 'the first event is the page load').toBe('load');
			expect(events.filter((event) => event.startsWith('worker:')).length).toBeGreaterThan(10);
			await context.close();
		} finally {
			await preview.close();
		}
	});

	test('after one visit, every page, Markdown twin, diagram and search works with the server stopped', async ({
		browser,
	}) => {
		test.setTimeout(240_000);
		const preview = await startPreview(root);
		const context = await readerContext(browser, preview);
		const page = await context.newPage();
		try {
			await page.goto(at(preview, basePath()));
			await waitUntilOffline(page);
		} finally {
			await preview.close();
		}
		await expect(
			fetch(preview.url).then(() => 'served'),
			'the server is down',
		).rejects.toThrow();

		const site = new Site(page);
		await recordCspViolations(page);
		const twins = readdirSync(dist).filter((file) => file.endsWith('.md'));
		expect(twins.length).toBeGreaterThan(5);
		const diagrams = new Set<string>();
		for (const path of sitemapPaths()) {
			// Until the network is quiet: the page's idle-time modules load too, and the next visit
			// does not cancel them (a cancelled request would show as ERR_ABORTED, not as offline).
			const response = await page.goto(at(preview, path), { waitUntil: 'networkidle' });
			expect(response?.status(), `${path} offline`).toBe(200);
			await expect(site.h1.first(), `${path} offline`).toBeVisible();
			for (const href of await page
				.locator('a[href*="/_diagrams/"]')
				.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href)))
				diagrams.add(href);
			expect(await cspViolations(page), `${path}: CSP violations`).toEqual([]);
		}
		// Fetched as a chat assistant's browsing tool would, from a page of the site.
		for (const twin of twins) {
			const { status, text } = await page.evaluate(
				async (url) => {
					const response = await fetch(url);
					return { status: response.status, text: await response.text() };
				},
				at(preview, `${basePath()}${twin}`),
			);
			expect(status, `${twin} offline`).toBe(200);
			expect(text, twin).toMatch(/^# /);
		}
		expect(diagrams.size, 'diagram pages link their full-size diagrams').toBeGreaterThan(2);
		for (const diagram of diagrams) {
			const response = await page.goto(diagram);
			expect(response?.status(), `${diagram} offline`).toBe(200);
			await expect(page.locator('svg').first(), diagram).toBeVisible();
		}

		// Search: Pagefind's engine, worker, index and the glossary's terms all come from the cache.
		await page.goto(at(preview, basePath()));
		await site.search('guardduty');
		await expect(site.searchResults.first()).toBeVisible();
		const href = await site.searchResults.first().getAttribute('href');
		await site.searchResults.first().click();
		await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.?*+^$()[\]{}|\\]/g, '\\$&')}$`));
		await expect(site.h1.first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(site.problems.failedRequests, 'requests that failed offline').toEqual([]);
		expect(site.problems.consoleErrors).toEqual([]);
		await context.close();
	});

	test('a new deploy reaches the reader on the next visit, behind an "Updated" notice with Reload', async ({
		browser,
	}) => {
		test.setTimeout(360_000);
		const dir = await copySite('offline-update');
		try {
			const first = await runAstroBuild(dir);
			expect(first.code, first.output).toBe(0);
			// One origin for both deploys, as a site keeps its address across deploys.
			const port = await findFreePort();
			let preview = await startPreview(dir, port);
			const context = await readerContext(browser, preview);
			const page = await context.newPage();
			const site = new Site(page);
			try {
				await page.goto(at(preview, basePath()));
				await waitUntilOffline(page);
			} finally {
				await preview.close();
			}

			const marker = `Freshness check ${randomUUID()}`;
			const home = join(dir, 'src/content/docs/index.mdx');
			const source = await readFile(home, 'utf8');
			expect(source).toContain('tagline: Study notes on AWS security,');
			await writeFile(
				home,
				source.replace('tagline: Study notes', `tagline: ${marker}. Study notes`),
			);
			const second = await runAstroBuild(dir);
			expect(second.code, second.output).toBe(0);

			preview = await startPreview(dir, port);
			try {
				// The visit after the deploy shows the copy the reader has, and offers the new one.
				await page.goto(at(preview, basePath()));
				await expect(page.getByText(marker)).toHaveCount(0);
				const notice = page.getByRole('status').filter({ hasText: 'Updated' });
				await expect(notice).toBeVisible({ timeout: 60_000 });
				await expect(notice).toHaveText(/Updated: these notes have a new version\./);
				await notice.getByRole('button', { name: 'Reload' }).focus();
				await page.keyboard.press('Enter');
				await expect(page.getByText(marker)).toBeVisible({ timeout: 30_000 });
				await expect(notice).toHaveCount(0);
				// And the next visit has it too, with no notice.
				await page.goto(at(preview, `${basePath()}iam/`));
				await page.goto(at(preview, basePath()));
				await expect(page.getByText(marker)).toBeVisible();
				await expect(page.getByRole('status').filter({ hasText: 'Updated' })).toHaveCount(0);
				expect(site.problems.consoleErrors).toEqual([]);
			} finally {
				await preview.close();
				await context.close();
			}
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
