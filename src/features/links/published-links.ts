import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { hasTarget, type SiteIndex } from '../../lib/site-index.ts';
import { parseTarget } from '../../lib/urls.ts';

/** Words two ids share: a rough guide to which heading a renamed one became. */
const overlap = (a: string, b: string) => {
	const words = new Set(a.split('-'));
	return b.split('-').filter((word) => words.has(word)).length;
};

/**
 * Checks the deep links readers have shared (`src/data/published-links.json`, paths like
 * `organizations/#service-control-policies-scps`) against the site. A link that no longer leads
 * anywhere is reported with the fix: an `anchors` entry in the page's frontmatter.
 */
export function checkPublishedLinks(index: SiteIndex, file: string): string[] {
	const links = JSON.parse(readFileSync(file, 'utf8')) as string[];
	const problems: string[] = [];
	for (const link of links) {
		const { page: slug, fragment } = parseTarget(link);
		if (hasTarget(index, slug, fragment)) continue;
		const page = index.get(slug);
		if (!page) {
			problems.push(`/${link}: the page /${slug ? `${slug}/` : ''} no longer exists.`);
			continue;
		}
		const closest = [...page.headings].sort(
			(a, b) => overlap(fragment, b.id) - overlap(fragment, a.id),
		)[0];
		problems.push(
			`/${link}: #${fragment} is no longer a heading on /${slug}/. To keep the link working, add to the frontmatter of ${relative(process.cwd(), page.file)}:\n` +
				`  anchors:\n    ${fragment}: ${closest?.id ?? '<new-heading-id>'}\n` +
				`(or pin the heading's old id with {#${fragment}}).`,
		);
	}
	return problems.length > 0
		? [
				`${problems.length} published link(s) in ${relative(process.cwd(), file)} would break:`,
				...problems,
			]
		: [];
}
