import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, requireChromium } from '../../src/lib/chromium.ts';
import { startPreview } from '../support/preview-server.ts';
import { printTable } from './table.ts';

/** The Lighthouse categories the site aims for 100 in, in report order. */
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

type Category = (typeof CATEGORIES)[number];

/** The metrics reported beside the scores: Lighthouse audit id and column heading. */
const METRICS = [
	['first-contentful-paint', 'FCP'],
	['largest-contentful-paint', 'LCP'],
	['total-blocking-time', 'TBT'],
	['cumulative-layout-shift', 'CLS'],
] as const;

/**
 * Runs per page. Simulated performance varies from run to run on the same machine, so the
 * report is Lighthouse's own median run (by first paint and time to interactive), as its
 * documentation advises, with the spread of the performance scores beside it.
 */
const LIGHTHOUSE_RUNS = 5;

/** Runs Lighthouse may fail to record (a runtime error) per page before the bench gives up. */
const MAX_RETRIES = 3;

/** An audit below a full score in a category below 100. */
interface FailedAudit {
	category: Category;
	id: string;
	title: string;
	/** Lighthouse's measured value, such as "1,080 ms". */
	value: string;
	/** 0 for diagnostics, which explain a score but do not count in it. */
	weight: number;
	/** Selectors of the first elements at fault, for element audits. */
	nodes: string[];
}

/** One page's category scores (0–100), what kept any below 100, and how fast the CPU was. */
export interface LighthouseResult {
	path: string;
	scores: Record<Category, number | null>;
	failed: FailedAudit[];
	/** Audits Lighthouse could not run, by id, with its error. */
	errors: Map<string, string>;
	/** Lighthouse's CPU benchmark of this machine during the run. */
	benchmarkIndex: number;
	/** Performance scores of every run of this page, lowest first. */
	performanceRuns: number[];
	/** The median run's metrics, as Lighthouse displays them ("1.2 s"). */
	metrics: string[];
	/** Requests Lighthouse found render-blocking in the median run. */
	renderBlocking: string[];
	warnings: string[];
}

// Modes whose audits never cost points.
const UNSCORED = new Set(['notApplicable', 'informative', 'manual', 'error']);

/** Selectors of the elements an audit's details name, if any. */
function nodesOf(audit: Result['audits'][string]): string[] {
	const items: unknown[] =
		audit.details && 'items' in audit.details ? (audit.details.items as unknown[]) : [];
	return items
		.map((item) => (item as { node?: { selector?: string } }).node?.selector)
		.filter((selector): selector is string => Boolean(selector))
		.slice(0, 3);
}

/** The URLs of render-blocking requests, whether or not Lighthouse scores them. */
function blockingUrls(lhr: Result): string[] {
	const audit = lhr.audits['render-blocking-resources'] ?? lhr.audits['render-blocking-insight'];
	const items: unknown[] =
		audit?.details && 'items' in audit.details ? (audit.details.items as unknown[]) : [];
	return items
		.map((item) => (item as { url?: string }).url)
		.filter((url): url is string => typeof url === 'string')
		.map((url) => new URL(url).pathname);
}

/** What kept each category of a report below 100. */
function readResult(path: string, lhr: Result, performanceRuns: number[]): LighthouseResult {
	const score = (category: Category) => {
		const value = lhr.categories[category]?.score;
		return value === null || value === undefined ? null : Math.round(value * 100);
	};
	const failed: FailedAudit[] = [];
	const errors = new Map<string, string>();
	for (const category of CATEGORIES) {
		for (const ref of lhr.categories[category]?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id]!;
			if (audit.scoreDisplayMode === 'error') errors.set(audit.id, audit.errorMessage ?? '');
			if (score(category) === 100 || UNSCORED.has(audit.scoreDisplayMode)) continue;
			if (audit.score === null || audit.score >= 1) continue;
			failed.push({
				category,
				id: audit.id,
				title: audit.title,
				value: audit.displayValue ?? '',
				weight: ref.weight,
				nodes: nodesOf(audit),
			});
		}
	}
	return {
		path,
		scores: {
			performance: score('performance'),
			accessibility: score('accessibility'),
			'best-practices': score('best-practices'),
			seo: score('seo'),
		},
		failed,
		errors,
		benchmarkIndex: lhr.environment.benchmarkIndex,
		performanceRuns,
		metrics: METRICS.map(([id]) => lhr.audits[id]?.displayValue ?? 'n/a'),
		renderBlocking: blockingUrls(lhr),
		warnings: lhr.runWarnings,
	};
}

/**
 * Runs Lighthouse (its default mobile profile) `runs` times on each page of `siteDir`'s build
 * served by `astro preview`, in the project's Chromium, headless, and keeps the median run.
 */
export async function runLighthouse(
	siteDir: string,
	paths: string[],
	runs = LIGHTHOUSE_RUNS,
): Promise<LighthouseResult[]> {
	const server = await startPreview(siteDir);
	const chrome = await launch({
		chromePath: (await requireChromium()).path,
		chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
	});
	try {
		const results: LighthouseResult[] = [];
		for (const path of paths) {
			const reports: Result[] = [];
			for (let run = 0, failures = 0; run < runs;) {
				const report = await lighthouse(new URL(path, server.url).href, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: [...CATEGORIES],
				});
				if (!report) throw new Error(`Lighthouse returned no result for ${path}`);
				if (report.lhr.runtimeError) {
					// A trace Lighthouse failed to record (NO_NAVSTART on a busy machine) is its own
					// failure, not the page's: run again, a few times at most.
					if (++failures <= MAX_RETRIES) continue;
					throw new Error(`Lighthouse on ${path}: ${report.lhr.runtimeError.message}`);
				}
				reports.push(report.lhr);
				run++;
			}
			const performance = reports
				.map((lhr) => Math.round((lhr.categories['performance']?.score ?? 0) * 100))
				.sort((a, b) => a - b);
			results.push(readResult(path, computeMedianRun(reports), performance));
		}
		return results;
	} finally {
		chrome.kill();
		server.stop();
	}
}

/** Prints the scores per page, then what cost points, then what Lighthouse could not measure. */
export function reportLighthouse(results: LighthouseResult[]): void {
	printTable(
		`Lighthouse (mobile profile against astro preview, median of ${results[0]?.performanceRuns.length ?? 0} runs; target 100 in each)`,
		[
			'page',
			...CATEGORIES,
			...METRICS.map(([, heading]) => heading),
			'performance, every run',
			'render-blocking',
			'CPU benchmark',
		],
		results.map(({ path, scores, benchmarkIndex, performanceRuns, metrics, renderBlocking }) => [
			path,
			...CATEGORIES.map((category) => String(scores[category] ?? 'n/a')),
			...metrics,
			performanceRuns.join(' '),
			renderBlocking.length === 0 ? 'none' : renderBlocking.join(' '),
			String(Math.round(benchmarkIndex)),
		]),
	);
	console.log(
		'\nPerformance is simulated from this machine: a low or varying CPU benchmark (a busy or slow\nmachine) lowers it. Compare performance scores only between runs with a similar benchmark.',
	);
	for (const weighted of [true, false]) {
		const lines = results.flatMap(({ path, failed }) =>
			failed
				.filter((audit) => audit.weight > 0 === weighted)
				.map((audit) => {
					const value = audit.value ? ` (${audit.value})` : '';
					const nodes = audit.nodes.length > 0 ? `: ${audit.nodes.join(', ')}` : '';
					return `  ${path} ${audit.category}: ${audit.id}: ${audit.title}${value}${nodes}`;
				}),
		);
		if (lines.length === 0) continue;
		console.log(
			weighted
				? '\nFailed audits (they cost points):'
				: '\nDiagnostics below full marks in those categories (no weight; they explain the score):',
		);
		for (const line of lines) console.log(line);
	}
	const errors = new Map<string, Set<string>>();
	for (const result of results) {
		for (const [id, message] of result.errors) {
			errors.set(message, (errors.get(message) ?? new Set()).add(id));
		}
	}
	for (const [message, ids] of errors) {
		console.log(`\nLighthouse could not run ${[...ids].join(', ')}: ${message}`);
	}
	for (const { path, warnings } of results) {
		for (const warning of warnings) console.log(`  ${path} warning: ${warning}`);
	}
}
