import { indexPage, type SiteIndex } from '../../src/lib/site-index.ts';
import type { GlossaryEntry } from '../../src/features/glossary/glossary-schema.ts';

export const DOCS_DIR = '/site/src/content/docs';

/** A small site: two topic pages and a glossary page, indexed from source like the real one. */
export function testSite(): SiteIndex {
	const pages: Record<string, string> = {
		iam: '---\ntitle: Users, permissions and access\ndescription: IAM in short.\n---\n\n## IAM roles\n\nA role has no long-term credentials. It is assumed.\n\n### Trust policy\n\nWho may assume it.\n\n## How IAM evaluates a request\n\nEverything starts denied. See [SCPs](../organizations/#service-control-policies-scps).\n',
		organizations:
			'---\ntitle: AWS Organizations\ndescription: Many accounts, one organization.\n---\n\n## Service control policies (SCPs)\n\nSCPs set the maximum permissions. They never grant.\n\n## Consolidated billing\n\nOne bill. Read [roles](../iam/#iam-roles) and [evaluation](../iam/#how-iam-evaluates-a-request).\n',
		glossary: '---\ntitle: Glossary\ndescription: Terms.\n---\n\nTerms.\n',
	};
	return new Map(
		Object.entries(pages).map(([slug, source]) => [
			slug,
			indexPage(slug, `${DOCS_DIR}/${slug}.mdx`, source),
		]),
	);
}

/** A glossary entry with defaults for the fields a test does not care about. */
export function term(
	entry: Partial<GlossaryEntry> & Pick<GlossaryEntry, 'id' | 'term' | 'target'>,
): GlossaryEntry {
	return {
		aliases: [],
		definition: `The definition of ${entry.term}, in one full sentence.`,
		seeAlso: [],
		autolink: true,
		...entry,
	};
}

/** The SCP entry most plugin tests use. */
export const scpTerm = term({
	id: 'scp',
	term: 'Service control policy',
	acronym: 'SCP',
	target: 'organizations#service-control-policies-scps',
});
