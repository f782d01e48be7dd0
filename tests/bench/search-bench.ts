import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../src/lib/chromium.ts';
import { QUERIES } from '../e2e/search-queries.ts';

/** Search timings and transfer sizes, measured in the real browser against `astro preview`. */
export interface SearchBench {
	queries: number;
	p50: number;
	p95: number;
	max: number;
	firstSearchBytes: number;
	firstSearchRequests: number;
	bytesBeforeIntent: number;
}

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function startPreview(root: string, port: number): Promise<ChildProcess> {
	const child = spawn(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port)],
		{
			cwd: root,
			stdio: 'ignore',
		},
	);
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`http://localhost:${port}/`)).ok) return child;
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	child.kill();
	throw new Error('astro preview did not start');
}

/**
 * Keypress to rendered results for every query in the quality set (the input's debounce
 * included), and the bytes a reader downloads for the first search.
 */
export async function benchSearch(root: string, port = 4391, path = '/'): Promise<SearchBench> {
	const server = await startPreview(root, port);
	const browser = await chromium.launch({
		executablePath: (await requireChromium()).path,
		args: CHROMIUM_ARGS,
	});
	try {
		const page = await browser.newPage();
		const sizes: number[] = [];
		let intent = false;
		let beforeIntent = 0;
		page.on('response', async (response) => {
			const isSearch = /\/pagefind\/|search-terms\.json|search-dialog/.test(response.url());
			const size = (await response.body().catch(() => Buffer.alloc(0))).length;
			if (!intent) beforeIntent += isSearch ? size : 0;
			else if (isSearch) sizes.push(size);
		});
		await page.goto(`http://localhost:${port}${path}`, { waitUntil: 'networkidle' });
		intent = true;
		await page.keyboard.press('Control+k');
		const timings: number[] = [];
		for (const [index, { query }] of QUERIES.entries()) {
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
			if (index === 0) await page.waitForLoadState('networkidle');
			timings.push(elapsed);
		}
		const firstSearchBytes = sizes.reduce((sum, size) => sum + size, 0);
		const sorted = [...timings].sort((a, b) => a - b);
		return {
			queries: timings.length,
			p50: percentile(sorted, 50),
			p95: percentile(sorted, 95),
			max: sorted.at(-1)!,
			firstSearchBytes,
			firstSearchRequests: sizes.length,
			bytesBeforeIntent: beforeIntent,
		};
	} finally {
		await browser.close();
		server.kill();
	}
}
