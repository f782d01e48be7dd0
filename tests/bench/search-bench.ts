import { gzipSync } from 'node:zlib';
import type { Browser, Request } from 'playwright-core';
import { chromium } from 'playwright-core';
import { basePath } from '../../src/lib/site-config.ts';
import type { SearchShown } from '../support/search-quality.ts';
import { CHROMIUM_ARGS, requireChromium } from '../../src/lib/chromium.ts';
import { startPreview } from '../support/preview-server.ts';

/** One query as the dialog answered it, and how long it took. */
interface QueryRun extends SearchShown {
	query: string;
	ms: number;
	/** Answered from the typed words (or their glossary forms), not closest results or "No results". */
	direct: boolean;
}

/** Search timings and transfer sizes, measured in the real browser against `astro preview`. */
export interface SearchBench {
	queries: number;
	p50: number;
	p95: number;
	max: number;
	/** Keypress to rendered results, split by how the query was answered. */
	direct: { count: number; p50: number; p95: number };
	fallback: { count: number; p50: number; p95: number };
	/**
	 * The first query after intent, typed as a reader types it (`TYPING_DELAY_MS` a key) in a fresh
	 * browser context: last keypress to results. Loading the engine starts on intent.
	 */
	firstQuery: number;
	/**
	 * The worst case: the first query pasted in the moment the dialog opens, so loading
	 * Pagefind's script, wasm, index chunks and fragments is all inside the figure.
	 */
	firstQueryCold: number;
	/** The bare Pagefind API in the same page: `search()` and the top 5 fragments, warm. */
	bare: { p50: number; p95: number };
	runs: QueryRun[];
	/** Bytes transferred from opening the dialog to the first query's results, all requests. */
	firstSearchBytes: number;
	/** The same responses' bodies gzipped: what a server that compresses would send. */
	firstSearchGzip: number;
	firstSearchRequests: number;
	/** Search files (index, dialog script, search terms) loaded while only reading the page. */
	bytesBeforeIntent: number;
}

type Phase = 'reading' | 'first search' | 'later searches';

/** A quick typist's pace: 150 words a minute is 80 ms a key. */
export const TYPING_DELAY_MS = 80;

const SEARCH_FILES = /\/pagefind\/|search-terms\.json|search-dialog/;

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * Serves `siteDir`'s build and types each query into the search dialog of its home page: keypress
 * to rendered results per query, with what the dialog showed; the bare Pagefind API on the same
 * queries in the same page; and the bytes of the first search (dialog script, Pagefind, its index
 * chunks and the result fragments), as transferred and gzipped.
 */
export async function benchSearch(siteDir: string, queries: string[]): Promise<SearchBench> {
	const server = await startPreview(siteDir);
	const browser = await chromium.launch({
		executablePath: (await requireChromium()).path,
		args: CHROMIUM_ARGS,
	});
	try {
		const page = await browser.newPage();
		let phase: Phase = 'reading';
		let inFlight = 0;
		const phaseOf = new Map<Request, Phase>();
		const pending: Promise<void>[] = [];
		const bytes = { beforeIntent: 0, firstSearch: 0, firstSearchGzip: 0, firstSearchRequests: 0 };
		page.on('request', (request) => {
			phaseOf.set(request, phase);
			inFlight++;
		});
		page.on('requestfailed', () => inFlight--);
		page.on('requestfinished', (request) => {
			inFlight--;
			const count = async () => {
				// Encoded body size: what crossed the network, compressed or not.
				const { responseBodySize } = await request.sizes().catch(() => ({ responseBodySize: 0 }));
				const requestPhase = phaseOf.get(request);
				if (requestPhase === 'reading' && SEARCH_FILES.test(request.url())) {
					bytes.beforeIntent += responseBodySize;
				} else if (requestPhase === 'first search') {
					const body = await (await request.response())?.body().catch(() => undefined);
					// A worker's script reports no encoded size: count its body as sent.
					bytes.firstSearch += responseBodySize || (body?.length ?? 0);
					bytes.firstSearchRequests++;
					// Pagefind's index files are compressed already: a server would send them as they are.
					if (body) bytes.firstSearchGzip += Math.min(body.length, gzipSync(body).length);
				}
			};
			pending.push(count());
		});
		await page.goto(server.url, { waitUntil: 'networkidle' });
		phase = 'first search';
		await page.keyboard.press('Control+k');
		const runs: QueryRun[] = [];
		for (const query of queries) {
			const run = await page.evaluate(async (q) => {
				const dialog = document.querySelector('asn-search dialog')!;
				const input = dialog.querySelector<HTMLInputElement>('.asn-search__input')!;
				const start = performance.now();
				input.value = q;
				input.dispatchEvent(new Event('input', { bubbles: true }));
				await new Promise<void>((resolve) => {
					const check = () =>
						dialog.getAttribute('data-search-done') === q
							? resolve()
							: requestAnimationFrame(check);
					check();
				});
				const ms = performance.now() - start;
				const options = dialog.querySelectorAll('[role="option"]');
				return {
					ms,
					results: options.length,
					firstHref: options[0]?.getAttribute('href') ?? '',
					status: dialog.querySelector('[role="status"]')?.textContent ?? '',
				};
			}, query);
			if (phase === 'first search') {
				await waitForQuietNetwork(() => inFlight);
				phase = 'later searches';
			}
			runs.push({ query, ...run, direct: run.results > 0 && !/^No exact match/.test(run.status) });
		}
		const bare = await page.evaluate(
			async ({ queries: list, base }) => {
				type Result = { data: () => Promise<unknown> };
				const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as {
					search: (q: string) => Promise<{ results: Result[] }>;
				};
				const times: number[] = [];
				for (const q of list) {
					const start = performance.now();
					const found = await pagefind.search(q);
					await Promise.all(found.results.slice(0, 5).map((result) => result.data()));
					times.push(performance.now() - start);
				}
				return times;
			},
			{ queries, base: basePath() },
		);
		await Promise.all(pending);
		const stats = (values: number[]) => {
			const sorted = [...values].sort((a, b) => a - b);
			return sorted.length === 0
				? { count: 0, p50: 0, p95: 0 }
				: { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
		};
		// The first query pays for loading the engine; the split excludes it.
		const later = runs.slice(1);
		const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
		const bareStats = stats(bare.slice(1));
		return {
			queries: runs.length,
			p50: percentile(sorted, 50),
			p95: percentile(sorted, 95),
			max: sorted.at(-1)!,
			direct: stats(later.filter((r) => r.direct).map((r) => r.ms)),
			fallback: stats(later.filter((r) => !r.direct).map((r) => r.ms)),
			firstQuery: await typedFirstQuery(browser, server.url, queries[0] ?? 'iam'),
			firstQueryCold: runs[0]?.ms ?? 0,
			bare: { p50: bareStats.p50, p95: bareStats.p95 },
			runs,
			firstSearchBytes: bytes.firstSearch,
			firstSearchGzip: bytes.firstSearchGzip,
			firstSearchRequests: bytes.firstSearchRequests,
			bytesBeforeIntent: bytes.beforeIntent,
		};
	} finally {
		await browser.close();
		server.stop();
	}
}

/**
 * Opens the dialog with Ctrl+K in a fresh context (empty cache) and types `query` a key at a time,
 * as a reader does: the time from the last keypress to rendered results.
 */
async function typedFirstQuery(browser: Browser, url: string, query: string): Promise<number> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'networkidle' });
		await page.evaluate(() => {
			const state = window as unknown as { lastKey: number };
			document.addEventListener('keydown', () => (state.lastKey = performance.now()), true);
		});
		await page.keyboard.press('Control+k');
		await page.keyboard.type(query, { delay: TYPING_DELAY_MS });
		return await page.evaluate(
			(q) =>
				new Promise<number>((resolve, reject) => {
					const dialog = document.querySelector('asn-search dialog')!;
					const input = dialog.querySelector('input')!;
					const timeout = setTimeout(
						() =>
							reject(
								new Error(`typed "${q}", the dialog holds "${input.value}" and never answered`),
							),
						10_000,
					);
					const check = () => {
						if (dialog.getAttribute('data-search-done') !== q) {
							requestAnimationFrame(check);
							return;
						}
						clearTimeout(timeout);
						resolve(performance.now() - (window as unknown as { lastKey: number }).lastKey);
					};
					check();
				}),
			query,
		);
	} finally {
		await context.close();
	}
}

/** Resolves once no request has been in flight for 500 ms (Pagefind may fetch after rendering). */
async function waitForQuietNetwork(inFlight: () => number): Promise<void> {
	let quietSince = performance.now();
	while (performance.now() - quietSince < 500) {
		if (inFlight() > 0) quietSince = performance.now();
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}
