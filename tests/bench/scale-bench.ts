import { readdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DIAGRAM_CACHE_DIR } from '../../src/features/diagrams/diagram-cache.ts';
import { copySite, runAstroBuild, type OutputLine } from '../support/astro-build.ts';
import { benchSearch, type SearchBench } from './search-bench.ts';
import { writeSyntheticPages } from './synthetic-pages.ts';
import { formatKib, printTable } from './table.ts';

// Where src/features/sharing/social-cards.ts keeps drawn cards, shared with copies of the site.
const CARD_CACHE_DIR = join(dirname(DIAGRAM_CACHE_DIR), 'cards');

/** Typical searches; the first one is the "first search" whose transfer is measured. */
const SCALE_QUERIES = [
	'encryption',
	'service control policy',
	'MFA',
	'root user',
	'shield advanced',
	'compliance report',
	'security group',
	'least privilege',
];

/** Table labels of our after-build steps, by integration name (`asn:<name>`). */
const STEP_LABELS: Record<string, string> = {
	'short-links': 'short links',
	'critical-css': 'critical CSS',
	'diagram-files': 'diagrams: full-size files',
	'social-cards': 'social cards (worker thread, beside the other steps)',
	'markdown-twins': 'Markdown twins',
	'security-headers': 'security headers',
	offline: 'service worker and precache',
};

/** A build of the site with synthetic pages added, and search over it. */
interface ScaleRun {
	syntheticPages: number;
	htmlFiles: number;
	indexedPages: number | undefined;
	buildSeconds: number;
	/** Config (with the site index of every page source) and the content layer's sync. */
	contentSeconds: number | undefined;
	/** Vite's bundling and the rendering of every page (Markdown, diagrams), to Astro's last "Completed". */
	renderSeconds: number | undefined;
	pagefindSeconds: number | undefined;
	/** Each of our after-build steps, by the line it logs when done. */
	steps: Map<string, number>;
	cardsRendered: number | undefined;
	diagrams: string | undefined;
	indexBytes: number;
	indexFiles: number;
	fragments: number;
	search: SearchBench;
}

// Build-output lines worth showing while a long build runs.
const PHASE_ENDS = /\[build\] ✓ Completed in|Finished building search index|\[asn:social-cards\]/;

const lineAt = (lines: OutputLine[], pattern: RegExp) => lines.find((l) => pattern.test(l.text));

/** Seconds between two build-output lines, by when each arrived. */
const secondsBetween = (start: OutputLine | undefined, end: OutputLine | undefined) =>
	start && end ? (end.ms - start.ms) / 1000 : undefined;

/**
 * Builds a temporary copy of the site with `count` synthetic pages, measures the build, the
 * Pagefind index and search against `astro preview` of it, then removes the copy and the social
 * cards the build added to the shared cache (so every run renders them, as a fresh site would).
 */
async function measureScale(count: number): Promise<ScaleRun> {
	const dir = await copySite(`scale-${count}`);
	const cardsBefore = new Set(await readdir(CARD_CACHE_DIR).catch(() => []));
	const newCards = async () =>
		(await readdir(CARD_CACHE_DIR).catch(() => [])).filter((card) => !cardsBefore.has(card));
	// A build of a thousand pages takes minutes: show that it moves.
	const ticker = setInterval(() => {
		void newCards().then((cards) => {
			if (cards.length > 0)
				console.log(`scale: ${count} pages: ${cards.length} social cards so far`);
		});
	}, 60_000);
	try {
		await writeSyntheticPages(dir, count);
		const build = await runAstroBuild(dir, (line) => {
			if (PHASE_ENDS.test(line.text)) {
				const text = line.text.replace(/^\d\d:\d\d:\d\d /, '');
				console.log(`scale: ${count} pages, ${(line.ms / 1000).toFixed(0)} s: ${text}`);
			}
		});
		clearInterval(ticker);
		if (build.code !== 0)
			throw new Error(`astro build with ${count} pages failed:\n${build.output}`);
		const { lines } = build;
		const cardsLine = lineAt(lines, /\[asn:social-cards\] social cards: \d+ rendered/);
		// Each after-build step ran from the last line before its own (other than Astro's "Waiting for"
		// notice) to its line; lines that arrive together were written together.
		const steps = new Map<string, number>();
		for (const line of lines) {
			const step = line.text.match(/\[asn:([a-z-]+)\]/)?.[1];
			if (!step || steps.has(step)) continue;
			const before = lines.filter((l) => l.ms < line.ms && !/Waiting for/.test(l.text)).at(-1);
			// A step that works on a thread of its own, beside the others, says how long it took.
			const own = line.text.match(/drawn in ([\d.]+) s on a worker thread/)?.[1];
			const took = own ? Number(own) : secondsBetween(before, line);
			if (took !== undefined) steps.set(step, took);
		}
		const dist = join(dir, 'dist');
		const htmlFiles = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
		const indexFiles = (
			await readdir(join(dist, 'pagefind'), { recursive: true, withFileTypes: true })
		)
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name));
		let indexBytes = 0;
		for (const file of indexFiles) indexBytes += (await stat(file)).size;
		// Astro logs "[build] ✓ Completed" after its first stage too: the last one ends the build.
		const astroDone = lines.findLast((l) => /\[build\] ✓ Completed in/.test(l.text));
		const synced = lineAt(lines, /\[content\] Synced content/);
		const indexed = lineAt(lines, /\[starlight:pagefind\] Found \d+ HTML files/);
		return {
			syntheticPages: count,
			htmlFiles: htmlFiles.length,
			indexedPages: indexed ? Number(indexed.text.match(/Found (\d+)/)![1]) : undefined,
			buildSeconds: build.seconds,
			contentSeconds: synced && synced.ms / 1000,
			renderSeconds: secondsBetween(synced, astroDone),
			pagefindSeconds: secondsBetween(
				lineAt(lines, /Building search index with Pagefind/),
				lineAt(lines, /Finished building search index/),
			),
			steps,
			cardsRendered: cardsLine ? Number(cardsLine.text.match(/(\d+) rendered/)![1]) : undefined,
			diagrams: lineAt(lines, /diagram\(s\) rendered/)?.text.match(
				/(\d+) diagram\(s\) rendered, (\d+) from cache/,
			)?.[0],
			indexBytes,
			indexFiles: indexFiles.length,
			fragments: indexFiles.filter((file) => file.endsWith('.pf_fragment')).length,
			search: await benchSearch(dir, SCALE_QUERIES),
		};
	} finally {
		clearInterval(ticker);
		await rm(dir, { recursive: true, force: true });
		for (const card of await newCards()) await rm(join(CARD_CACHE_DIR, card), { force: true });
	}
}

/** Builds the site with 100 and with `pages` synthetic pages and prints both side by side. */
export async function benchScale(pages: number): Promise<void> {
	const counts = [...new Set([100, pages])].sort((a, b) => a - b);
	const runs: ScaleRun[] = [];
	for (const count of counts) {
		console.log(`scale: building the site with ${count} synthetic pages…`);
		runs.push(await measureScale(count));
	}
	const seconds = (value: number | undefined) =>
		value === undefined ? 'n/a' : `${value.toFixed(1)} s`;
	const ms = (value: number) => `${value.toFixed(0)} ms`;
	const rows: [string, (run: ScaleRun) => string, (run: ScaleRun) => number | undefined][] = [
		[
			'HTML files in dist (pages indexed)',
			(r) => `${r.htmlFiles} (${r.indexedPages ?? 'n/a'})`,
			(r) => r.htmlFiles,
		],
		['build wall time', (r) => seconds(r.buildSeconds), (r) => r.buildSeconds],
		[
			'  content: config, site index, sync',
			(r) => seconds(r.contentSeconds),
			(r) => r.contentSeconds,
		],
		['  render: Vite and every page', (r) => seconds(r.renderSeconds), (r) => r.renderSeconds],
		['  Pagefind indexing', (r) => seconds(r.pagefindSeconds), (r) => r.pagefindSeconds],
		...[...new Set(runs.flatMap((run) => [...run.steps.keys()]))].map(
			(step): [string, (run: ScaleRun) => string, (run: ScaleRun) => number | undefined] => [
				`  ${STEP_LABELS[step] ?? step}`,
				(r) =>
					seconds(r.steps.get(step)) +
					(step === 'social-cards' ? ` (${r.cardsRendered ?? 'n/a'} drawn)` : '') +
					(step === 'diagram-files' && r.diagrams ? ` (${r.diagrams})` : ''),
				(r) => r.steps.get(step),
			],
		),
		['Pagefind index on disk', (r) => formatKib(r.indexBytes), (r) => r.indexBytes],
		['  files (fragments)', (r) => `${r.indexFiles} (${r.fragments})`, (r) => r.indexFiles],
		[
			`first search "${SCALE_QUERIES[0]}" (requests)`,
			(r) => `${formatKib(r.search.firstSearchBytes)} (${r.search.firstSearchRequests})`,
			(r) => r.search.firstSearchBytes,
		],
		[`search p50 (${SCALE_QUERIES.length} queries)`, (r) => ms(r.search.p50), (r) => r.search.p50],
		['search max', (r) => ms(r.search.max), (r) => r.search.max],
	];
	const growth = (value: (run: ScaleRun) => number | undefined) => {
		const first = value(runs[0]!);
		const last = value(runs.at(-1)!);
		return first && last && runs.length > 1 ? `×${(last / first).toFixed(1)}` : '';
	};
	printTable(
		'Scale (synthetic pages added to a copy of the site; cold social cards for them)',
		['measure', ...runs.map((r) => `+${r.syntheticPages} pages`), 'growth'],
		rows.map(([label, show, value]) => [label, ...runs.map(show), growth(value)]),
	);
}
