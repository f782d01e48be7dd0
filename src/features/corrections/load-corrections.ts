import { loadDataFile } from '../../lib/data-file.ts';
import { missingSection, type SiteIndex } from '../../lib/site-index.ts';
import { CorrectionsSchema, type Correction } from './corrections-schema.ts';

/**
 * Loads and validates the corrections list (src/data/corrections.json): its schema, then the
 * section of each entry against the site's pages and headings, so that every entry links to a
 * section that exists. Throws one error listing each problem at its file and line.
 */
export function loadCorrections(index: SiteIndex, file: string): Correction[] {
	return loadDataFile(file, CorrectionsSchema, {
		name: 'The corrections list',
		shape: 'a JSON array of corrections, newest first',
		hint: 'Each line names the entry, its field and what to change; the fields are described in src/features/corrections/corrections-schema.ts.',
		check: (entry) => {
			const problem = missingSection(index, entry.page, entry.section);
			if (!problem) return [];
			return [{ path: [index.has(entry.page) ? 'section' : 'page'], message: problem }];
		},
	});
}
