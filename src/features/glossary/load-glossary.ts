import { GlossarySchema, type GlossaryEntry } from './glossary-schema.ts';
import { loadDataFile } from '../../lib/data-file.ts';
import { missingSection, type SiteIndex } from '../../lib/site-index.ts';
import { parseTarget } from '../../lib/urls.ts';

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
			const problem = missingSection(index, page, fragment);
			return problem
				? [
						{
							path: ['target'],
							message: `"${entry.target}" is not a page section of this site: ${problem}`,
						},
					]
				: [];
		},
	});
}
