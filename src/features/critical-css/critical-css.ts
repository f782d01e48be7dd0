import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { basePath } from '../../lib/site-config.ts';
import type { CriticalCssProblem } from './inline-critical.ts';

/** Below this many pages per thread, starting another thread costs more than it saves. */
const PAGES_PER_THREAD = 25;

/** Runs critical-css-worker.ts on `paths` in a thread of its own. */
function inThread(
	root: string,
	paths: string[],
): Promise<{ inlined: number; problem?: CriticalCssProblem }> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./critical-css-worker.ts', import.meta.url), {
			workerData: { root, publicPath: basePath(), paths },
		});
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0) reject(new Error(`critical CSS thread stopped with exit code ${code}`));
		});
	});
}

/**
 * Inlines each page's critical CSS and moves its stylesheets to the end of `<body>`, so a page
 * paints from its first response, with no render-blocking request.
 *
 * Beasties (https://github.com/danielroe/beasties) inlines the rules whose selectors match the
 * page's elements, and with `preload: 'body'` moves the `<link>`s after the content: no `onload=`
 * handler, which the CSP and the build's script audit reject. The stylesheet itself is not pruned:
 * it holds the rules for what scripts add later (copy buttons, menus, the search dialog), and
 * the browser caches it for the next page. Module scripts wait for it, as for any stylesheet
 * before them, so nothing script adds is ever drawn unstyled.
 *
 * Each page is independent of the others, so the pages are shared out between worker threads, one
 * per core (inline-critical.ts does the work): Beasties takes about 40 ms a page on this machine,
 * and on one thread it was the longest of the after-build steps at 1,000 pages.
 */
export function criticalCss(): AstroIntegration {
	return {
		name: 'asn:critical-css',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = (await readdir(root, { recursive: true }))
					.filter((path) => path.endsWith('.html'))
					.sort();
				const threads = Math.max(
					1,
					Math.min(availableParallelism(), Math.floor(pages.length / PAGES_PER_THREAD)),
				);
				// Dealt out in turn, so that each thread gets pages of every kind and size.
				const shares = Array.from({ length: threads }, (_, thread) =>
					pages.filter((_, i) => i % threads === thread),
				);
				const results = await Promise.all(shares.map((paths) => inThread(root, paths)));
				const problem = results.find((result) => result.problem)?.problem;
				if (problem) {
					throw new AstroError(
						`Critical CSS for dist/${problem.path}: ${problem.messages.join('; ')}`,
						'Beasties could not read or parse a stylesheet the page links to.',
					);
				}
				const inlined = results.reduce((sum, result) => sum + result.inlined, 0);
				logger.info(
					`critical CSS inlined in ${inlined} page(s) on ${threads} thread(s); stylesheets load after the content`,
				);
			},
		},
	};
}
