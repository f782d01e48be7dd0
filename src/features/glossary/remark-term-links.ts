import type { Definition, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { pageOfFile } from '../../lib/page-of-file.ts';
import { failAt, removedLeadingLines } from '../../lib/source-position.ts';
import { parseTarget, relativeHref } from '../../lib/urls.ts';
import type { GlossaryEntry } from './glossary-schema.ts';

export interface RemarkTermLinksOptions {
	/** The glossary the `term:` ids name. */
	glossary: GlossaryEntry[];
	/** Absolute path of `src/content/docs`, to tell which page a file is. */
	docsDir: string;
	/** Reads a page's original text, so errors in `.md` pages point at the right line. @default none */
	readSource?: (path: string) => string | undefined;
}

/**
 * Turns `[text](term:id)` into a relative link to the section that explains glossary term `id`,
 * with the term's definition for the link popover. An unknown id fails the build at the link.
 */
export function remarkTermLinks(options: RemarkTermLinksOptions) {
	const terms = new Map(options.glossary.map((entry) => [entry.id, entry]));
	return (tree: Root, file: VFile) => {
		const page = pageOfFile(file, options.docsDir);
		if (page === undefined) return;
		const offset = removedLeadingLines(file, options.readSource?.(file.path));
		const resolve = (link: Link | Definition) => {
			if (!link.url.startsWith('term:')) return;
			const id = link.url.slice('term:'.length);
			const entry = terms.get(id);
			if (!entry) {
				failAt(
					file,
					link.position?.start ?? { line: 1, column: 1 },
					`unknown glossary term "${id}" in "${link.url}": add it to src/data/glossary.json or use a known id`,
					offset,
				);
			}
			const target = parseTarget(entry.target);
			link.url = relativeHref(page, target.page, target.fragment);
			link.data = {
				...link.data,
				hProperties: {
					className: ['asn-term'],
					dataTerm: entry.id,
				},
			};
		};
		visit(tree, (node) => {
			if (node.type === 'link' || node.type === 'definition') resolve(node);
		});
	};
}
