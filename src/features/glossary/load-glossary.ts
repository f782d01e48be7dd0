import { readFileSync } from 'node:fs';
import { AstroError } from 'astro/errors';
import { relative } from 'node:path';
import { GlossarySchema, type GlossaryEntry } from './glossary-schema.ts';
import { hasTarget, type SiteIndex } from '../../lib/site-index.ts';
import { parseTarget } from '../../lib/urls.ts';

/** Line (1-based) of entry `index` in the JSON text: the line of its `"id"` key. */
function lineOfEntry(text: string, entries: unknown[], index: number): number {
	const id = (entries[index] as { id?: unknown } | undefined)?.id;
	if (typeof id !== 'string') return 1;
	const at = text.indexOf(`"id": ${JSON.stringify(id)}`);
	return at === -1 ? 1 : text.slice(0, at).split('\n').length;
}

/**
 * Loads and validates the glossary: its zod schema, then every target against the site's pages and
 * headings. Throws one error listing each problem as `file:line: entry: message`.
 */
export function loadGlossary(index: SiteIndex, file: string): GlossaryEntry[] {
	const text = readFileSync(file, 'utf8');
	const name = relative(process.cwd(), file);
	let raw: unknown[];
	try {
		raw = JSON.parse(text) as unknown[];
	} catch (error) {
		throw new AstroError(
			`${name}: invalid JSON: ${(error as Error).message}`,
			'The glossary is a JSON array of entries: fix the syntax at the place named.',
		);
	}
	const problems: string[] = [];
	const where = (i: number) =>
		`${name}:${lineOfEntry(text, raw, i)}: ${String((raw[i] as { id?: unknown })?.id ?? `entry ${i}`)}`;
	const parsed = GlossarySchema.safeParse(raw);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const [i, ...field] = issue.path;
			problems.push(`${where(Number(i ?? 0))}: ${field.join('.') || 'entry'}: ${issue.message}`);
		}
	} else {
		parsed.data.forEach((entry, i) => {
			const { page, fragment } = parseTarget(entry.target);
			if (!hasTarget(index, page, fragment)) {
				problems.push(`${where(i)}: target: "${entry.target}" is not a page section of this site`);
			}
		});
	}
	if (problems.length > 0 || !parsed.success) {
		throw new AstroError(
			`The glossary has ${problems.length} problem(s):\n${problems.join('\n')}`,
			'Each line names the entry and its field. Targets are `page#heading-id` of an existing heading; the fields are described in src/features/glossary/glossary-schema.ts.',
		);
	}
	return parsed.data;
}
