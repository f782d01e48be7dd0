import { join } from 'node:path';
import { loadGlossary } from './glossary.ts';
import { checkPublishedLinks } from './published-links.ts';
import { buildSiteIndex } from './site-index.ts';

// Paths come from the project root (where every npm script runs), not from import.meta.url: this
// module is also bundled into the build's prerender chunks, where that URL points elsewhere.
/** Absolute path of the pages folder. */
export const DOCS_DIR = join(process.cwd(), 'src/content/docs');

/** The site's pages and headings, read once per build from their sources. */
export const siteIndex = buildSiteIndex(DOCS_DIR);

/** The validated glossary; loading it fails the build on any problem. */
export const glossary = loadGlossary(siteIndex, join(process.cwd(), 'src/data/glossary.json'));

// The glossary page renders its entries from data, not Markdown: register their anchors (and the
// letter headings) so that links to `glossary/#scp` are checked and previewed like any heading.
const glossaryPage = siteIndex.get('glossary');
if (glossaryPage) {
	for (const entry of glossary) {
		glossaryPage.headings.push({
			id: entry.id,
			text: entry.term,
			depth: 4,
			summary: entry.definition,
		});
	}
	const letters = new Set(
		glossary.map((entry) => entry.term.replace(/^(AWS|Amazon)\s+/, '')[0]!.toLowerCase()),
	);
	for (const letter of letters) {
		glossaryPage.headings.push({
			id: `letter-${letter}`,
			text: letter.toUpperCase(),
			depth: 2,
			summary: '',
		});
	}
}

// Deep links readers have shared must keep working: a rename that breaks one stops the build.
const broken = checkPublishedLinks(siteIndex, join(process.cwd(), 'tests/published-links.json'));
if (broken.length > 0) throw new Error(broken.join('\n'));
