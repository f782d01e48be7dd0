import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { AstroError } from 'astro/errors';
import { loadDataFile } from '../../lib/data-file.ts';
import { lineOfPath } from '../../lib/json-entry-lines.ts';
import { missingSection, type SiteIndex } from '../../lib/site-index.ts';
import { parseTarget } from '../../lib/urls.ts';
import { ExamsSchema, type Exam } from './exams-schema.ts';

const HINT =
	'Each line names the exam, its field and what to change; the fields are described in src/features/exam-tips/exams-schema.ts and docs/authoring.md ("Exam tips and traps").';

/**
 * Loads and validates the exams list (src/data/exams.json): codes, domains, weights, task
 * statements and sources. Throws one error listing each problem as `file:line: code: field:
 * message`, at the line of the field. The sections each domain names are checked once the pages
 * are indexed, by `checkExamCoverage`.
 */
export function loadExams(file: string): Exam[] {
	return loadDataFile(file, ExamsSchema, {
		name: 'The exams list',
		shape: 'a JSON array of exams',
		hint: HINT,
		label: (entry) => {
			const code = (entry as { code?: unknown } | null)?.code;
			return typeof code === 'string' && code.trim() ? code : undefined;
		},
		deepLines: true,
	});
}

/**
 * Checks that every section a domain's `coverage` names exists. Throws one error listing each
 * missing one at its line in `file`, with the headings its page has.
 */
export function checkExamCoverage(index: SiteIndex, exams: Exam[], file: string): void {
	const problems: string[] = [];
	let text: string | undefined;
	exams.forEach((exam, e) => {
		exam.domains.forEach((domain, d) => {
			domain.coverage?.forEach((target, c) => {
				const { page, fragment } = parseTarget(target);
				const problem = missingSection(index, page, fragment);
				if (!problem) return;
				// Only a broken build reads the file again, for the line.
				text ??= readFileSync(file, 'utf8');
				const line = lineOfPath(text, [e, 'domains', d, 'coverage', c]);
				problems.push(
					`${relative(process.cwd(), file)}:${line}: ${exam.code}: domains.${d}.coverage.${c}: "${target}" is not a section of this site: ${problem}`,
				);
			});
		});
	});
	if (problems.length > 0)
		throw new AstroError(
			`The exams list has ${problems.length} problem(s):\n${problems.join('\n')}`,
			HINT,
		);
}
