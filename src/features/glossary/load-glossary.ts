import { readFileSync } from 'node:fs';
import { AstroError } from 'astro/errors';
import { relative } from 'node:path';
import { GlossarySchema, type GlossaryEntry } from './glossary-schema.ts';
import { findEntryLines } from './json-entry-lines.ts';
import { hasTarget, type SiteIndex } from '../../lib/site-index.ts';
import { parseTarget } from '../../lib/urls.ts';

/** How an error names an entry: its id, or its place in the list when it has no usable id. */
function labelOf(entry: unknown, index: number): string {
	const id = (entry as { id?: unknown } | null)?.id;
	return typeof id === 'string' && id.trim() ? id : `entry ${index + 1}`;
}

/** What is wrong with a target that names no section: the missing page, or the headings it has. */
function missingTarget(index: SiteIndex, target: string): string {
	const { page, fragment } = parseTarget(target);
	const entry = index.get(page);
	if (!entry) {
		return `"${target}" is not a page section of this site: there is no page "${page}"; use the file name of a page in src/content/docs`;
	}
	const ids = entry.headings.map((heading) => heading.id);
	return `"${target}" is not a page section of this site: "${page}" has no heading "#${fragment}"; its heading ids are ${ids.join(', ') || '(none)'}`;
}

/**
 * Loads and validates the glossary: its zod schema, then every target against the site's pages and
 * headings. Throws one error listing each problem as `file:line: entry: field: message`, where the
 * line is that of the field, or of the entry when the field is not written.
 */
export function loadGlossary(index: SiteIndex, file: string): GlossaryEntry[] {
	const text = readFileSync(file, 'utf8');
	const name = relative(process.cwd(), file);
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		throw new AstroError(
			`${name}: invalid JSON: ${(error as Error).message}`,
			'The glossary is a JSON array of entries: fix the syntax at the place named.',
		);
	}
	const entries = Array.isArray(raw) ? raw : [];
	const lines = findEntryLines(text);
	// The line of the field at fault (`aliases` for `aliases.2`), else of the id, else of the entry.
	const problem = (i: number | undefined, path: PropertyKey[], message: string) => {
		if (i === undefined) return `${name}:1: ${message}`;
		const at = lines[i];
		const key = path.length > 0 ? String(path[0]) : undefined;
		const line = (key && at?.keys.get(key)) || at?.keys.get('id') || at?.line || 1;
		return `${name}:${line}: ${labelOf(entries[i], i)}: ${path.join('.') || 'entry'}: ${message}`;
	};

	const problems: string[] = [];
	const parsed = GlossarySchema.safeParse(raw);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const [i, ...path] = issue.path;
			const entry = typeof i === 'number' ? i : undefined;
			if (issue.code === 'unrecognized_keys') {
				for (const key of issue.keys) problems.push(problem(entry, [...path, key], issue.message));
			} else {
				problems.push(problem(entry, path, issue.message));
			}
		}
	} else {
		parsed.data.forEach((entry, i) => {
			const { page, fragment } = parseTarget(entry.target);
			if (!hasTarget(index, page, fragment)) {
				problems.push(problem(i, ['target'], missingTarget(index, entry.target)));
			}
		});
	}
	if (problems.length > 0 || !parsed.success) {
		throw new AstroError(
			`The glossary has ${problems.length} problem(s):\n${problems.join('\n')}`,
			'Each line names the entry, its field and what to change. Targets are `page#heading-id` of an existing heading; the fields are described in src/features/glossary/glossary-schema.ts.',
		);
	}
	return parsed.data;
}
