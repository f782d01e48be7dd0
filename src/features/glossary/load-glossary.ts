import { GlossarySchema, type GlossaryEntry } from './glossary-schema.ts';
import { loadDataFile } from '../../lib/data-file.ts';
import { hasTarget, type SiteIndex } from '../../lib/site-index.ts';
import { parseTarget } from '../../lib/urls.ts';

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
	return loadDataFile(file, GlossarySchema, {
		name: 'The glossary',
		shape: 'a JSON array of entries',
		hint: 'Each line names the entry, its field and what to change. Targets are `page#heading-id` of an existing heading; the fields are described in src/features/glossary/glossary-schema.ts.',
		check: (entry) => {
			const { page, fragment } = parseTarget(entry.target);
			return hasTarget(index, page, fragment)
				? []
				: [{ path: ['target'], message: missingTarget(index, entry.target) }];
		},
	});
}
