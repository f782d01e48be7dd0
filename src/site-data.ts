import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import type { Plugin } from 'vite';
import { loadGlossary } from './features/glossary/load-glossary.ts';
import type { GlossaryEntry } from './features/glossary/glossary-schema.ts';
import { checkPublishedLinks } from './features/links/published-links.ts';
import { loadCorrections } from './features/corrections/load-corrections.ts';
import type { Correction } from './features/corrections/corrections-schema.ts';
import { remarkSectionSources } from './features/sources/remark-section-sources.ts';
import { remarkComparisons } from './features/comparisons/remark-comparisons.ts';
import {
	checkComparisonPlacement,
	loadComparisons,
	type LoadedComparison,
} from './features/comparisons/load-comparisons.ts';
import { loadExams, checkExamCoverage } from './features/exam-tips/load-exams.ts';
import type { Exam } from './features/exam-tips/exams-schema.ts';
import { buildSiteIndex, type PageEntry, type SiteIndex } from './lib/site-index.ts';

/** Everything the build knows about the site before rendering it, loaded once by the config. */
export interface SiteData {
	/** Absolute path of the pages folder. */
	docsDir: string;
	/** Every page with its headings and links, read from the sources. */
	index: SiteIndex;
	/** The validated glossary. */
	glossary: GlossaryEntry[];
	/** What the site got wrong and has corrected, newest first. */
	corrections: Correction[];
	/** The comparison tables, each placed on its page. */
	comparisons: LoadedComparison[];
	/** The exams tips may name, with their domains and where the site covers each. */
	exams: Exam[];
}

/** Where the site's files live, relative to the project root. */
const SITE_FILES = {
	docs: 'src/content/docs',
	glossary: 'src/data/glossary.json',
	publishedLinks: 'src/data/published-links.json',
	corrections: 'src/data/corrections.json',
	comparisons: 'src/data/comparisons',
	exams: 'src/data/exams.json',
} as const;

/**
 * Reads and checks the site's pages, glossary, exams and published links under `root` (the
 * project, where every npm script runs). Throws on any problem: a factual section without a
 * source, an invalid glossary entry, correction or exam, a glossary target or exam domain section
 * that is not a section, a published deep link that would break.
 */
export function loadSiteData(root: string = process.cwd()): SiteData {
	const docsDir = join(root, SITE_FILES.docs);
	const comparisons = loadComparisons(join(root, SITE_FILES.comparisons));
	const examsFile = join(root, SITE_FILES.exams);
	const exams = loadExams(examsFile);
	// The index runs the transforms that add headings (comparisons, the Sources list), so their
	// anchors are known; an uncited section or a misplaced table stops the build here.
	const pages = buildSiteIndex(docsDir, [
		remarkComparisons({ comparisons, docsDir }),
		remarkSectionSources(),
	]);
	const glossary = loadGlossary(pages, join(root, SITE_FILES.glossary));
	const index: SiteIndex = new Map(
		[...pages].map(([slug, page]) => [
			slug,
			withRowAnchors(
				slug === 'glossary' ? withGlossaryAnchors(page, glossary) : page,
				comparisons.filter((table) => table.page === slug),
			),
		]),
	);
	checkComparisonPlacement(index, comparisons);
	checkExamCoverage(index, exams, examsFile);
	// Deep links readers have shared must keep working: a rename that breaks one stops the build.
	const broken = checkPublishedLinks(index, join(root, SITE_FILES.publishedLinks));
	if (broken.length > 0)
		throw new AstroError(
			broken.join('\n'),
			"Keep each old link working with an `anchors:` entry in the frontmatter of its page (shown above), or pin the heading's old id with {#old-id}.",
		);
	const corrections = loadCorrections(index, join(root, SITE_FILES.corrections));
	return { docsDir, index, glossary, corrections, comparisons, exams };
}

/**
 * The glossary page renders its entries from data, not Markdown: its index entry gains their
 * anchors (and the letter headings), so that links to `glossary/#scp` are checked and previewed
 * like any heading.
 */
function withGlossaryAnchors(page: PageEntry, glossary: GlossaryEntry[]): PageEntry {
	const letters = new Set(
		glossary.map((entry) => entry.term.replace(/^(AWS|Amazon)\s+/, '')[0]!.toLowerCase()),
	);
	return {
		...page,
		headings: [
			...page.headings,
			...glossary.map((entry) => ({
				id: entry.id,
				text: entry.term,
				depth: 4,
				summary: entry.definition,
			})),
			...[...letters].map((letter) => ({
				id: `letter-${letter}`,
				text: letter.toUpperCase(),
				depth: 2,
				summary: '',
			})),
		],
	};
}

/** Each row of a page's comparison tables is an anchor (`#<table id>-<row id>`) links can use. */
function withRowAnchors(page: PageEntry, tables: LoadedComparison[]): PageEntry {
	if (tables.length === 0) return page;
	return {
		...page,
		headings: [
			...page.headings,
			...tables.flatMap((table) =>
				table.rows.map((row) => ({
					id: `${table.id}-${row.id}`,
					text: `${table.title}: ${row.aspect}`,
					depth: 6,
					summary: `${row.aspect}: ${table.columns.map((column, i) => `${column}, ${row.cells[i]}`).join('; ')}.`,
				})),
			),
		],
	};
}

/** The module id pages and components import the site data from. */
const SITE_DATA_MODULE = 'virtual:asn/site-data';

/**
 * A Vite plugin that hands the data the config loaded to pages and components as
 * `virtual:asn/site-data`, so the build reads and validates it once, and components get the same
 * index and glossary that the Markdown plugins checked against.
 */
export function siteDataModule(data: SiteData): Plugin {
	const resolved = `\0${SITE_DATA_MODULE}`;
	const pages = [...data.index.values()].map((page) => ({
		...page,
		aliases: [...page.aliases],
	}));
	return {
		name: 'asn:site-data',
		resolveId: (id) => (id === SITE_DATA_MODULE ? resolved : undefined),
		load: (id) =>
			id === resolved
				? [
						`const pages = ${JSON.stringify(pages)};`,
						'export const siteIndex = new Map(pages.map((page) => [page.slug, { ...page, aliases: new Map(page.aliases) }]));',
						`export const glossary = ${JSON.stringify(data.glossary)};`,
						`export const corrections = ${JSON.stringify(data.corrections)};`,
						`export const comparisons = ${JSON.stringify(data.comparisons)};`,
						`export const exams = ${JSON.stringify(data.exams)};`,
					].join('\n')
				: undefined,
	};
}
