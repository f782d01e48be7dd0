import { loadDataFile } from '../../lib/data-file.ts';
import { hasTarget, type SiteIndex } from '../../lib/site-index.ts';
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
			const page = index.get(entry.page);
			if (!page) {
				return [
					{
						path: ['page'],
						message: `there is no page "${entry.page}": use the file name of a page in src/content/docs, without .mdx`,
					},
				];
			}
			if (hasTarget(index, entry.page, entry.section)) return [];
			return [
				{
					path: ['section'],
					message: `"${entry.page}" has no heading "#${entry.section}"; its heading ids are ${page.headings.map((h) => h.id).join(', ') || '(none)'}`,
				},
			];
		},
	});
}
