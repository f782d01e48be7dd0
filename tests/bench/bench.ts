/**
 * `npm run bench`: measurements printed as tables. Timings are for reading, never asserted.
 *   - build: a cold build (no diagram cache, no Astro cache) and a warm rebuild, side by side;
 *   - weight: the JavaScript and HTML of a diagram page against a plain page;
 *   - search: keypress-to-results latency over the quality query set, and first-search bytes;
 *   - lighthouse: the four Lighthouse category scores of every sitemap page, and what cost points;
 *   - scale: the site built with 100 and with `--pages` synthetic pages (not run by default).
 *
 * `npm run bench -- --only lighthouse` (repeatable, or comma-separated) runs some parts;
 * `npm run bench -- --pages 1000` runs only the scale bench.
 */
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DIAGRAM_CACHE_DIR } from '../../src/features/diagrams/diagram-cache.ts';
import { staleBuildReason } from '../../src/lib/build-marker.ts';
import { QUERIES } from '../support/search-queries.ts';
import { EXTENDED_QUERIES } from '../support/search-queries-extended.ts';
import { HELD_OUT_QUERIES } from '../support/search-queries-held-out.ts';
import { HELD_OUT_QUERIES_2 } from '../support/search-queries-held-out-2.ts';
import { HELD_OUT_QUERIES_3 } from '../support/search-queries-held-out-3.ts';
import { judge, rates } from '../support/search-quality.ts';
import { copyStockStarlight, runAstroBuild } from '../support/astro-build.ts';
import { reportLighthouse, runLighthouse } from './lighthouse-bench.ts';
import { sitemapPaths } from '../support/sitemap.ts';
import { measurePage } from '../support/page-weight.ts';
import { benchScale } from './scale-bench.ts';
import { benchSearch, TYPING_DELAY_MS } from './search-bench.ts';
import { formatKib, printTable } from './table.ts';

const PARTS = ['build', 'weight', 'search', 'lighthouse', 'scale'] as const;
type Part = (typeof PARTS)[number];
const DEFAULT_PARTS: Part[] = ['build', 'weight', 'search', 'lighthouse'];

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A cold build of the real site may take at most this many times stock Starlight's. */
const MAX_STOCK_RATIO = 2;
const dist = join(root, 'dist');

async function timedBuild(): Promise<{ seconds: number; diagrams: string }> {
	const { code, output, seconds } = await runAstroBuild(root);
	if (code !== 0) throw new Error(`astro build failed:\n${output}`);
	const diagrams = output.match(/(\d+) diagram\(s\) rendered, (\d+) from cache/);
	return {
		seconds,
		diagrams: diagrams ? `${diagrams[1]} rendered, ${diagrams[2]} cached` : 'none',
	};
}

async function benchBuild(): Promise<void> {
	// The project's whole build cache: rendered diagrams and social cards.
	await rm(dirname(DIAGRAM_CACHE_DIR), { recursive: true, force: true });
	await rm(join(root, 'node_modules/.astro'), { recursive: true, force: true });
	await rm(join(root, '.astro'), { recursive: true, force: true });
	const cold = await timedBuild();
	const warm = await timedBuild();
	// Stock Starlight with the same notes, built cold in a fresh copy, right after.
	const stockDir = await copyStockStarlight();
	let stock: number;
	try {
		const run = await runAstroBuild(stockDir);
		if (run.code !== 0) throw new Error(`stock Starlight build failed:\n${run.output}`);
		stock = run.seconds;
	} finally {
		await rm(stockDir, { recursive: true, force: true });
	}
	const ratio = cold.seconds / stock;
	printTable(
		'Build (cold: no diagram, card or Astro cache; warm: rebuild)',
		['build', 'wall time', 'diagrams (light + dark)'],
		[
			['cold (empty caches)', `${cold.seconds.toFixed(1)} s`, cold.diagrams],
			['warm (unchanged diagrams)', `${warm.seconds.toFixed(1)} s`, warm.diagrams],
			['stock Starlight, same notes, cold', `${stock.toFixed(1)} s`, 'none (code blocks)'],
			[
				`cold against stock (target at most ${MAX_STOCK_RATIO}×)`,
				`${ratio.toFixed(2)}× ${ratio <= MAX_STOCK_RATIO ? 'met' : 'NOT met'}`,
				'',
			],
		],
	);
}

/** Gzipped bytes the page's diagrams add: the page against itself with its figures taken out. */
async function diagramGzip(path: string): Promise<number> {
	const html = await readFile(join(dist, path, 'index.html'), 'utf8');
	const without = html.replace(/<figure class="asn-diagram"[\s\S]*?<\/figure>/g, '');
	return gzipSync(html).length - gzipSync(without).length;
}

async function benchPageWeight(): Promise<void> {
	const pages = [
		{ label: 'home (/)', path: '' },
		{ label: 'diagram page (/organizations/)', path: 'organizations' },
		{ label: 'diagram page (/iam/)', path: 'iam' },
		{ label: 'diagram page (/ddos/)', path: 'ddos' },
		{ label: 'diagram page (/shared-responsibility/)', path: 'shared-responsibility' },
		{ label: 'plain page (/compliance/)', path: 'compliance' },
	];
	const rows: string[][] = [];
	for (const { label, path } of pages) {
		const weight = await measurePage(dist, path);
		rows.push([
			label,
			formatKib(weight.htmlBytes),
			formatKib(weight.htmlGzip),
			formatKib(await diagramGzip(path)),
			formatKib(weight.criticalCssGzip),
			formatKib(weight.cssGzip),
			String(weight.scripts),
			formatKib(weight.jsBytes),
			formatKib(weight.jsGzip),
		]);
	}
	printTable(
		"Page weight (HTML gzip without its inline critical CSS; CSS: linked stylesheets and the diagrams' <style>s)",
		[
			'page',
			'HTML',
			'HTML gzip',
			'of it, diagrams (gzip)',
			'critical CSS gzip',
			'CSS gzip',
			'scripts',
			'JS',
			'JS gzip',
		],
		rows,
	);
}

async function reportSearch(): Promise<void> {
	// Tuned (the e2e gate set and the extended set) and both held-out batches in one run: the
	// same warm engine for all.
	const tunedSet = [...QUERIES, ...EXTENDED_QUERIES];
	const all = [...tunedSet, ...HELD_OUT_QUERIES, ...HELD_OUT_QUERIES_2, ...HELD_OUT_QUERIES_3];
	const result = await benchSearch(root, [...new Set(all.map(({ query }) => query))]);
	const ms = (value: number) => `${value.toFixed(0)} ms`;
	const shownFor = new Map(result.runs.map((run) => [run.query, run]));
	const quality = (set: typeof QUERIES) =>
		rates(set.map((expected) => judge(expected, shownFor.get(expected.query)!)));
	const parts = [tunedSet, HELD_OUT_QUERIES, HELD_OUT_QUERIES_2, HELD_OUT_QUERIES_3].map(quality);
	const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
	const row = (label: string, value: (part: (typeof parts)[number]) => string) => [
		label,
		...parts.map(value),
	];
	printTable(
		'Search quality (first result)',
		['measure', 'tuned', 'held-out 1', 'held-out 2', 'held-out 3'],
		[
			row('on-topic queries', (p) => String(p.onTopic)),
			row('right section first (target ≥ 95%)', (p) => percent(p.sectionFirst)),
			row('right page first (target ≥ 98%)', (p) => percent(p.pageFirst)),
			row('on-topic with "No results"', (p) => String(p.noResults.length)),
			row('off-topic queries', (p) => String(p.offTopic)),
			row('off-topic answered confidently (target 0)', (p) => String(p.offTopicAnswered.length)),
		],
	);
	parts.slice(1).forEach((part, i) => {
		if (part.misses.length + part.offTopicAnswered.length === 0) return;
		console.log(`Held-out ${i + 1} misses:`);
		for (const miss of [...part.misses, ...part.offTopicAnswered]) console.log(`  ${miss}`);
		console.log('');
	});
	printTable(
		'Search speed (last keypress to rendered results; no debounce)',
		['measure', 'queries', 'p50', 'p95', 'target'],
		[
			[
				'answered directly',
				String(result.direct.count),
				ms(result.direct.p50),
				ms(result.direct.p95),
				'p95 ≤ 60 ms',
			],
			[
				'needed a fallback',
				String(result.fallback.count),
				ms(result.fallback.p50),
				ms(result.fallback.p95),
				'p95 ≤ 100 ms',
			],
			[
				`first query after intent (typed, ${TYPING_DELAY_MS} ms a key)`,
				'1',
				ms(result.firstQuery),
				'',
				'≤ 150 ms',
			],
			[
				'first query pasted as the dialog opens (worst case)',
				'1',
				ms(result.firstQueryCold),
				'',
				'',
			],
			[
				'bare Pagefind API (search + 5 fragments)',
				String(result.queries - 1),
				ms(result.bare.p50),
				ms(result.bare.p95),
				'',
			],
		],
	);
	printTable(
		'Search transfer',
		['measure', 'value'],
		[
			['search bytes before intent', formatKib(result.bytesBeforeIntent)],
			[
				`first search: transferred (${result.firstSearchRequests} requests)`,
				formatKib(result.firstSearchBytes),
			],
			['first search: with gzip', formatKib(result.firstSearchGzip)],
		],
	);
}

/** The parts to run and the scale bench's page count, from the command line. */
function readOptions(args: string[]): { parts: Part[]; pages: number } {
	const { values } = parseArgs({
		args,
		options: { only: { type: 'string', multiple: true }, pages: { type: 'string' } },
	});
	const only = values.only?.flatMap((value) => value.split(','));
	const unknown = only?.filter((part) => !PARTS.includes(part as Part));
	if (unknown?.length) {
		throw new Error(`Unknown bench part "${unknown.join('", "')}"; parts: ${PARTS.join(', ')}`);
	}
	const pages = Number(values.pages ?? 1000);
	if (!Number.isInteger(pages) || pages < 1)
		throw new Error('--pages takes a whole number above 0');
	const parts = (only as Part[] | undefined) ?? (values.pages ? ['scale'] : DEFAULT_PARTS);
	if (values.pages && !parts.includes('scale')) parts.push('scale');
	return { parts, pages };
}

const started = performance.now();
const { parts, pages } = readOptions(process.argv.slice(2));
const needsDist = parts.some((part) => ['weight', 'search', 'lighthouse'].includes(part));
if (parts.includes('build')) await benchBuild();
else if (needsDist && staleBuildReason(root)) {
	console.log(`${staleBuildReason(root)} Building the site first…`);
	await timedBuild();
}
if (parts.includes('weight')) await benchPageWeight();
if (parts.includes('search')) await reportSearch();
if (parts.includes('lighthouse')) reportLighthouse(await runLighthouse(root, sitemapPaths()));
if (parts.includes('scale')) await benchScale(pages);
console.log(
	`\nbench (${parts.join(', ')}) took ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
