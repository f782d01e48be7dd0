import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';
import { findEntryLines, lineOfPath } from './json-entry-lines.ts';

/** A problem with one entry that the schema cannot see, such as a link to a missing section. */
interface EntryProblem {
	/** The field at fault, such as `['target']`. */
	path: PropertyKey[];
	message: string;
}

/** What a data file is, for its error messages. */
export interface DataFileOptions<T> {
	/** How the file's errors name it: "The glossary", "The corrections list". */
	name: string;
	/** What the file holds, for a syntax error: "a JSON array of entries". */
	shape: string;
	/** The hint under a list of problems: where the fields are described and what to change. */
	hint: string;
	/** How errors name an entry that may be invalid; its `id` field by default. */
	label?: (entry: unknown) => string | undefined;
	/** Checks of each valid entry against the rest of the site. */
	check?: (entry: T, index: number) => EntryProblem[];
	/**
	 * Name a nested field's own line (`domains.2.coverage.0`), not its top-level field's: for
	 * entries with lists of objects. @default false
	 */
	deepLines?: boolean;
}

/** An entry's `id`, when it has a usable one. */
function idOf(entry: unknown): string | undefined {
	const id = (entry as { id?: unknown } | null)?.id;
	return typeof id === 'string' && id.trim() ? id : undefined;
}

/**
 * Reads a JSON data file that holds an array of entries, validates it with its zod schema and
 * `check`, and returns the entries. Throws one error listing every problem as
 * `file:line: entry: field: message`, where the line is that of the field, or of the entry when
 * the field is not written.
 */
export function loadDataFile<T>(
	file: string,
	schema: z.ZodType<T[]>,
	options: DataFileOptions<T>,
): T[] {
	const text = readFileSync(file, 'utf8');
	const name = relative(process.cwd(), file);
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		throw new AstroError(
			`${name}: invalid JSON: ${(error as Error).message}`,
			`${options.name} is ${options.shape}: fix the syntax at the place named.`,
		);
	}
	const entries = Array.isArray(raw) ? raw : [];
	// An entry is named by its label, or by its place in the list when it has no usable label.
	const labelOf = (entry: unknown, i: number) => (options.label ?? idOf)(entry) ?? `entry ${i + 1}`;
	const lines = findEntryLines(text);
	// The line of the field at fault (`aliases` for `aliases.2`, unless `deepLines`), else of the
	// id, else of the entry.
	const problem = (i: number | undefined, path: PropertyKey[], message: string) => {
		if (i === undefined) return `${name}:1: ${message}`;
		const at = lines[i];
		const key = path.length > 0 ? String(path[0]) : undefined;
		const line =
			options.deepLines && path.length > 1
				? lineOfPath(text, [i, ...path])
				: (key && at?.keys.get(key)) || at?.keys.get('id') || at?.line || 1;
		return `${name}:${line}: ${labelOf(entries[i], i)}: ${path.join('.') || 'entry'}: ${message}`;
	};

	const problems: string[] = [];
	const parsed = schema.safeParse(raw);
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
	} else if (options.check) {
		parsed.data.forEach((entry, i) => {
			for (const found of options.check!(entry, i))
				problems.push(problem(i, found.path, found.message));
		});
	}
	if (problems.length > 0 || !parsed.success) {
		throw new AstroError(
			`${options.name} has ${problems.length} problem(s):\n${problems.join('\n')}`,
			options.hint,
		);
	}
	return parsed.data;
}

/** The `.json` files of a data folder, by name in sorted order; none when the folder is missing. */
export function jsonFilesIn(dir: string): string[] {
	try {
		return readdirSync(dir)
			.filter((name) => name.endsWith('.json'))
			.sort();
	} catch {
		return [];
	}
}
