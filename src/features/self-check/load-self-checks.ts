import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { AstroError } from 'astro/errors';
import { loadDataFile, jsonFilesIn } from '../../lib/data-file.ts';
import { lineOfPath } from '../../lib/json-entry-lines.ts';
import type { SiteIndex } from '../../lib/site-index.ts';
import { parseTarget } from '../../lib/urls.ts';
import { editDistance } from '../search/search-query.ts';
import { QuestionFileSchema, type Question } from './self-check-schema.ts';

const HINT =
	'Each line names the question, its field and what to change; the fields are described in src/features/self-check/self-check-schema.ts and docs/authoring.md ("Self-check questions").';

/** How many questions every topic page's self-check has at least. */
const MIN_QUESTIONS = 6;

/** A question as loaded: its page, and the section title its "Read:" link shows. */
export interface LoadedQuestion extends Question {
	/** The topic page whose self-check holds it. */
	page: string;
	/** The title of `section`, once the pages are indexed (until then, its id). */
	sectionTitle: string;
}

/** One topic page's self-check, from `src/data/self-checks/<page>.json`. */
export interface SelfCheck {
	page: string;
	/** The data file, relative to the project. */
	file: string;
	questions: LoadedQuestion[];
	/** The line of each question's `section`, for errors found once the pages are indexed. */
	sectionLines: number[];
}

/**
 * Reads and validates every self-check in `dir` (one `<page>.json` per topic page). Every topic
 * needs a file with at least six questions, a file must be named after a topic, and question ids
 * are unique across the site. Throws one error listing every problem as `file:line: question:
 * field: message`; section links are checked once the pages are indexed, by
 * `checkSelfCheckSections`.
 */
export function loadSelfChecks(dir: string, topics: readonly string[]): SelfCheck[] {
	const names = jsonFilesIn(dir);
	const problems: string[] = [];
	const loaded: SelfCheck[] = [];
	const owners = new Map<string, string>();
	for (const name of names) {
		const path = join(dir, name);
		const file = relative(process.cwd(), path);
		const page = basename(name, '.json');
		if (!topics.includes(page)) {
			problems.push(
				`${file}:1: "${page}" is not a topic page, so it has no self-check: name the file after one of ${topics.join(', ')}`,
			);
			continue;
		}
		let questions: Question[];
		try {
			questions = loadDataFile(path, QuestionFileSchema, {
				name: `The self-check ${file}`,
				shape: 'a JSON array of questions',
				hint: HINT,
				deepLines: true,
			});
		} catch (error) {
			problems.push(...linesOf(error));
			continue;
		}
		const text = readFileSync(path, 'utf8');
		if (questions.length < MIN_QUESTIONS)
			problems.push(
				`${file}:1: has ${questions.length} question(s): a topic's self-check needs at least ${MIN_QUESTIONS}`,
			);
		questions.forEach((question, i) => {
			const other = owners.get(question.id);
			if (other)
				problems.push(
					`${file}:${lineOfPath(text, [i, 'id'])}: ${question.id}: id: duplicate id "${question.id}", already a question in ${other}: give each question its own id, across all self-checks (results are kept under it)`,
				);
			else owners.set(question.id, file);
		});
		loaded.push({
			page,
			file,
			questions: questions.map((question) => ({
				...question,
				page,
				sectionTitle: parseTarget(question.section).fragment,
			})),
			sectionLines: questions.map((_, i) => lineOfPath(text, [i, 'section'])),
		});
	}
	for (const topic of topics) {
		if (!names.includes(`${topic}.json`))
			problems.push(
				`${relative(process.cwd(), join(dir, `${topic}.json`))}: missing: the topic page "${topic}" needs a self-check of at least ${MIN_QUESTIONS} questions`,
			);
	}
	if (problems.length > 0)
		throw new AstroError(
			`The self-checks have ${problems.length} problem(s):\n${problems.join('\n')}`,
			HINT,
		);
	return loaded;
}

/** The problem lines of a data file's error (after its first line, which counts them). */
function linesOf(error: unknown): string[] {
	if (!(error instanceof Error)) throw error;
	const lines = error.message.split('\n');
	return lines.length > 1 ? lines.slice(1) : lines;
}

/**
 * Checks that every question's `section` is a section of the site, naming the closest heading
 * of its page when it is not, and gives each question its section's title. Throws one error
 * listing every problem at the line of `section`.
 */
export function checkSelfCheckSections(index: SiteIndex, selfChecks: SelfCheck[]): void {
	const problems: string[] = [];
	for (const check of selfChecks) {
		check.questions.forEach((question, i) => {
			const { page, fragment } = parseTarget(question.section);
			const at = `${check.file}:${check.sectionLines[i]}: ${question.id}: section`;
			const entry = index.get(page);
			if (!entry) {
				const near = closest(page, [...index.keys()]);
				problems.push(
					`${at}: "${question.section}" is not a section of this site: there is no page "${page}"${near ? `; the closest page is "${near}"` : ''}`,
				);
				return;
			}
			const heading = entry.headings.find(
				(h) => h.id === (entry.aliases.get(fragment) ?? fragment),
			);
			if (!heading) {
				const near = closest(
					fragment,
					entry.headings.map((h) => h.id),
				);
				problems.push(
					`${at}: "${question.section}" is not a section of this site: "${page}" has no heading "#${fragment}"${near ? `; the closest heading is "${page}#${near}"` : ''}`,
				);
				return;
			}
			question.sectionTitle = heading.text;
		});
	}
	if (problems.length > 0)
		throw new AstroError(
			`The self-checks have ${problems.length} problem(s):\n${problems.join('\n')}`,
			HINT,
		);
}

/** The candidate nearest to `word` by edit distance, if any. */
function closest(word: string, candidates: string[]): string | undefined {
	let best: { distance: number; candidate: string } | undefined;
	for (const candidate of candidates) {
		const distance = editDistance(word, candidate);
		if (!best || distance < best.distance) best = { distance, candidate };
	}
	return best?.candidate;
}
