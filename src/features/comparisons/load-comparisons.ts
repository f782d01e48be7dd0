import { readFileSync } from 'node:fs';
import { jsonFilesIn } from '../../lib/data-file.ts';
import { basename, join, relative } from 'node:path';
import { AstroError } from 'astro/errors';
import { lineOfPath } from '../../lib/json-entry-lines.ts';
import { missingSection, type SiteIndex } from '../../lib/site-index.ts';
import { parseTarget } from '../../lib/urls.ts';
import { ComparisonSchema, type Comparison } from './comparison-schema.ts';

const HINT =
	'Each line names the field and what to change; the fields are described in src/features/comparisons/comparison-schema.ts and docs/authoring.md ("Comparison tables").';

/** A comparison as loaded, with where it came from, for errors found later. */
export interface LoadedComparison extends Comparison {
	/** The data file, relative to the project. */
	file: string;
	/** The line of each field that later checks name. */
	lines: { page: number; compares: number[] };
}

/**
 * Reads and validates every comparison in `dir` (one `<id>.json` each). Throws one error listing
 * every problem as `file:line: field: message`; a missing folder is no comparisons.
 */
export function loadComparisons(dir: string): LoadedComparison[] {
	const names = jsonFilesIn(dir);
	if (names.length === 0) return [];
	const problems: string[] = [];
	const loaded: LoadedComparison[] = [];
	for (const name of names) {
		const path = join(dir, name);
		const file = relative(process.cwd(), path);
		const text = readFileSync(path, 'utf8');
		let raw: unknown;
		try {
			raw = JSON.parse(text);
		} catch (error) {
			problems.push(`${file}: invalid JSON: ${(error as Error).message}`);
			continue;
		}
		const parsed = ComparisonSchema.safeParse(raw);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const path =
					issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
				problems.push(
					`${file}:${lineOfPath(text, path)}: ${path.join('.') || 'comparison'}: ${issue.message}`,
				);
			}
			continue;
		}
		if (parsed.data.id !== basename(name, '.json')) {
			problems.push(
				`${file}:${lineOfPath(text, ['id'])}: id: "${parsed.data.id}" must match the file name: rename the file ${parsed.data.id}.json, or change the id`,
			);
			continue;
		}
		loaded.push({
			...parsed.data,
			file,
			lines: {
				page: lineOfPath(text, ['page']),
				compares: parsed.data.compares.map((_, i) => lineOfPath(text, ['compares', i])),
			},
		});
	}
	if (problems.length > 0) {
		throw new AstroError(
			`The comparison tables have ${problems.length} problem(s):\n${problems.join('\n')}`,
			HINT,
		);
	}
	return loaded;
}

/**
 * Checks the comparisons against the indexed pages: each renders on its page (which has its
 * `<Comparison id>`), and each section in `compares` exists. Throws one error listing them all.
 */
export function checkComparisonPlacement(index: SiteIndex, comparisons: LoadedComparison[]): void {
	const problems: string[] = [];
	for (const table of comparisons) {
		const page = index.get(table.page);
		if (!page) {
			problems.push(
				`${table.file}:${table.lines.page}: page: ${missingSection(index, table.page, '')}`,
			);
		} else if (!page.headings.some((heading) => heading.id === table.id)) {
			problems.push(
				`${table.file}:${table.lines.page}: page: "${table.page}" does not show this table: add <Comparison id="${table.id}" /> where it belongs on that page`,
			);
		}
		table.compares.forEach((target, i) => {
			const { page: slug, fragment } = parseTarget(target);
			const problem = missingSection(index, slug, fragment);
			if (problem) {
				problems.push(
					`${table.file}:${table.lines.compares[i]}: compares.${i}: "${target}" is not a section of this site: ${problem}`,
				);
			}
		});
	}
	if (problems.length > 0) {
		throw new AstroError(
			`The comparison tables have ${problems.length} problem(s):\n${problems.join('\n')}`,
			HINT,
		);
	}
}
