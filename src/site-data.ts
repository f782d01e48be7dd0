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
import {
	EXAM_TIPS_PAGE,
	remarkExamTips,
	TIP_KINDS,
	type FoundExamTip,
} from './features/exam-tips/remark-exam-tips.ts';
import { gatherTip, type ExamTip } from './features/exam-tips/gather-tips.ts';
import { examTipsHeadings } from './features/exam-tips/exam-tips-page.ts';
import {
	checkSelfCheckSections,
	loadSelfChecks,
	type LoadedQuestion,
	type SelfCheck,
} from './features/self-check/load-self-checks.ts';
import { remarkSelfCheck } from './features/self-check/remark-self-check.ts';
import { pageOfFile } from './lib/page-of-file.ts';
import { topics } from './lib/topics.ts';
import {
	buildSiteIndex,
	type HeadingEntry,
	type PageEntry,
	type PageTransform,
	type SiteIndex,
	summarize,
} from './lib/site-index.ts';

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
	/** Every exam tip and trap on the pages, in page order. */
	examTips: ExamTip[];
	/** Each topic page's self-check questions, in topic order, their sections checked. */
	selfChecks: SelfCheck[];
}

/** Where the site's files live, relative to the project root. */
const SITE_FILES = {
	docs: 'src/content/docs',
	glossary: 'src/data/glossary.json',
	publishedLinks: 'src/data/published-links.json',
	corrections: 'src/data/corrections.json',
	comparisons: 'src/data/comparisons',
	exams: 'src/data/exams.json',
	selfChecks: 'src/data/self-checks',
} as const;

/**
 * Reads and checks the site's pages, glossary, exams and published links under `root` (the
 * project, where every npm script runs). Throws on any problem: a factual section without a
 * source, an invalid glossary entry, correction or exam, an exam tip naming an unknown exam, a
 * glossary target or exam domain section that is not a section, a published deep link that would
 * break.
 */
export function loadSiteData(root: string = process.cwd()): SiteData {
	const docsDir = join(root, SITE_FILES.docs);
	const comparisons = loadComparisons(join(root, SITE_FILES.comparisons));
	const examsFile = join(root, SITE_FILES.exams);
	const exams = loadExams(examsFile);
	const found = new Map<string, FoundExamTip[]>();
	const selfChecks = loadSelfChecks(join(root, SITE_FILES.selfChecks), topicSlugs).sort(
		(a, b) => pageRank(a.page) - pageRank(b.page),
	);
	// The index runs the transforms that add headings and anchors (comparisons, exam tips, the
	// Sources list), so they are known; an uncited section, a misplaced table or a tip naming an
	// unknown exam stops the build here.
	const pages = buildSiteIndex(docsDir, [
		remarkSelfCheck({ questions: questionsByPage(selfChecks), docsDir }),
		remarkComparisons({ comparisons, docsDir }),
		collectTips(remarkExamTips({ exams, docsDir }), docsDir, found),
		remarkSectionSources(),
	]);
	const examTips = [...pages.keys()]
		.sort((a, b) => pageRank(a) - pageRank(b) || a.localeCompare(b))
		.flatMap((slug) => (found.get(slug) ?? []).map((tip) => gatherTip(slug, tip)));
	const glossary = loadGlossary(pages, join(root, SITE_FILES.glossary));
	const titleOf = (slug: string) => pages.get(slug)?.title ?? slug;
	const index: SiteIndex = new Map(
		[...pages].map(([slug, page]) => {
			let entry = slug === 'glossary' ? withGlossaryAnchors(page, glossary) : page;
			if (slug === EXAM_TIPS_PAGE)
				entry = withAnchors(entry, examTipsHeadings(exams, examTips, topicSlugs, titleOf));
			entry = withTipAnchors(
				entry,
				examTips.filter((tip) => tip.page === slug),
			);
			return [
				slug,
				withRowAnchors(
					entry,
					comparisons.filter((table) => table.page === slug),
				),
			];
		}),
	);
	checkComparisonPlacement(index, comparisons);
	checkExamCoverage(index, exams, examsFile);
	checkSelfCheckSections(index, selfChecks);
	// Deep links readers have shared must keep working: a rename that breaks one stops the build.
	const broken = checkPublishedLinks(index, join(root, SITE_FILES.publishedLinks));
	if (broken.length > 0)
		throw new AstroError(
			broken.join('\n'),
			"Keep each old link working with an `anchors:` entry in the frontmatter of its page (shown above), or pin the heading's old id with {#old-id}.",
		);
	const corrections = loadCorrections(index, join(root, SITE_FILES.corrections));
	return { docsDir, index, glossary, corrections, comparisons, exams, examTips, selfChecks };
}

/** Each page's questions, for remark-self-check. */
export function questionsByPage(selfChecks: SelfCheck[]): Map<string, LoadedQuestion[]> {
	return new Map(selfChecks.map((check) => [check.page, check.questions]));
}

/** The topic pages in the notes' order: exam tips are gathered in this order. */
const topicSlugs: string[] = topics.map((topic) => topic.slug);

/** A page's place in the order tips are gathered: topics first, then any other page. */
const pageRank = (slug: string) => {
	const at = topicSlugs.indexOf(slug);
	return at === -1 ? topicSlugs.length : at;
};

/** Runs the exam-tips transform and keeps the tips it found on each page. */
function collectTips(
	transform: PageTransform,
	docsDir: string,
	found: Map<string, FoundExamTip[]>,
): PageTransform {
	return (tree, file) => {
		transform(tree, file);
		const page = pageOfFile(file, docsDir);
		const tips = (file.data as { examTips?: FoundExamTip[] }).examTips;
		if (page !== undefined && tips?.length) found.set(page, tips);
	};
}

/** A page's index entry with headings that a component renders from data. */
function withAnchors(page: PageEntry, headings: HeadingEntry[]): PageEntry {
	return { ...page, headings: [...page.headings, ...headings] };
}

/** Each exam tip is an anchor (`#tip-<id>`) links can use, previewed with its text. */
function withTipAnchors(page: PageEntry, tips: ExamTip[]): PageEntry {
	if (tips.length === 0) return page;
	return withAnchors(
		page,
		tips.map((tip) => ({
			id: tip.anchor,
			text: `${TIP_KINDS[tip.kind]}: ${tip.section.text}`,
			depth: 6,
			summary: summarize(tip.text),
		})),
	);
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
						`export const examTips = ${JSON.stringify(data.examTips)};`,
						`export const selfChecks = ${JSON.stringify(data.selfChecks)};`,
					].join('\n')
				: undefined,
	};
}
