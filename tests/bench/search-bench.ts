import type { Request } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../src/lib/chromium.ts';
import { startPreview } from '../support/preview-server.ts';

/** Search timings and transfer sizes, measured in the real browser against `astro preview`. */
export interface SearchBench {
	queries: number;
	p50: number;
	p95: number;
	max: number;
	/** Bytes transferred from opening the dialog to the first query's results, all requests. */
	firstSearchBytes: number;
	firstSearchRequests: number;
	/** Search files (index, dialog script, search terms) loaded while only reading the page. */
	bytesBeforeIntent: number;
}

type Phase = 'reading' | 'first search' | 'later searches';

const SEARCH_FILES = /\/pagefind\/|search-terms\.json|search-dialog/;

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * Serves `siteDir`'s build and types each query into the search dialog of its home page: keypress
 * to rendered results (the input's debounce included) per query, and the bytes transferred for the
 * first search (dialog script, Pagefind, its index chunks and the result fragments).
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
		const bytes = { beforeIntent: 0, firstSearch: 0, firstSearchRequests: 0 };
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
					bytes.firstSearch += responseBodySize;
					bytes.firstSearchRequests++;
				}
			};
			pending.push(count());
		});
		await page.goto(server.url, { waitUntil: 'networkidle' });
		phase = 'first search';
		await page.keyboard.press('Control+k');
		const timings: number[] = [];
		for (const query of queries) {
			const elapsed = await page.evaluate(async (q) => {
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
				return performance.now() - start;
			}, query);
			if (phase === 'first search') {
				await waitForQuietNetwork(() => inFlight);
				phase = 'later searches';
			}
			timings.push(elapsed);
		}
		await Promise.all(pending);
		const sorted = [...timings].sort((a, b) => a - b);
		return {
			queries: timings.length,
			p50: percentile(sorted, 50),
			p95: percentile(sorted, 95),
			max: sorted.at(-1)!,
			firstSearchBytes: bytes.firstSearch,
			firstSearchRequests: bytes.firstSearchRequests,
			bytesBeforeIntent: bytes.beforeIntent,
		};
	} finally {
		await browser.close();
		server.stop();
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
