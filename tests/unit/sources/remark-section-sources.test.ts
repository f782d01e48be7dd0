import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import { remarkSectionSources } from '../../../src/features/sources/remark-section-sources.ts';
import { checkSourceLink } from '../../../src/features/sources/source-links.ts';
import { indexPage } from '../../../src/lib/site-index.ts';
import { renderError, renderMarkdown } from '../../support/markdown.ts';

const VERIFIED = { verified: new Date('2026-12-01') };
const IAM = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html';
const EVAL =
	'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html';

/** MDX comments have no HTML: drop them once the plugin has read them. */
const dropExpressions = () => (tree: Root) => {
	tree.children = tree.children.filter((node) => node.type !== 'mdxFlowExpression');
};

const options = (frontmatter: Record<string, unknown>) => ({
	remark: [remarkMdx, remarkSectionSources, dropExpressions],
	path: '/site/src/content/docs/x.mdx',
	frontmatter,
});
const render = (mdx: string, frontmatter: Record<string, unknown> = VERIFIED) =>
	renderMarkdown(mdx, options(frontmatter));
const failure = (mdx: string, frontmatter: Record<string, unknown> = VERIFIED) =>
	renderError(mdx, options(frontmatter));

describe('remarkSectionSources', () => {
	test('keeps a Sources line out of the search index and lists its sources at the end', async () => {
		const html = await render(
			`## Root user\n\nThe root user owns the account.\n\nSources: [Root tasks (IAM User Guide)](${IAM}).\n`,
		);
		assert.match(
			html,
			/<p class="asn-sources" data-pagefind-ignore="">Sources: <a href="[^"]+">Root tasks \(IAM User Guide\)<\/a>\.<\/p>/,
		);
		assert.match(html, /<h2 id="sources" data-pagefind-ignore="">Sources<\/h2>/);
		assert.match(
			html,
			/<ul class="asn-page-sources" data-pagefind-ignore="">\n<li><a href="https:\/\/docs\.aws\.amazon\.com\/IAM\/latest\/UserGuide\/root-user-tasks\.html">Root tasks \(IAM User Guide\)<\/a>: cited in <a href="#root-user">Root user<\/a>\.<\/li>/,
		);
	});

	test('lists a source cited by several sections once, naming each section', async () => {
		const html = await render(
			[
				'## Root user',
				'Text.',
				'### Root-only tasks',
				'Text.',
				`Sources: [Root tasks (IAM User Guide)](${IAM}); [Evaluation (IAM User Guide)](${EVAL})`,
				'## Policies',
				'Text.',
				`Source: [Evaluation (IAM User Guide)](${EVAL}).`,
			].join('\n\n'),
		);
		const list = html.slice(html.indexOf('<ul class="asn-page-sources"'));
		assert.equal(list.match(/<li>/g)?.length, 2);
		assert.match(
			list,
			/Evaluation \(IAM User Guide\)<\/a>: cited in <a href="#root-only-tasks">Root-only tasks<\/a> and <a href="#policies">Policies<\/a>\./,
		);
	});

	test('accepts a marked analogy or navigation section without sources', async () => {
		const html = await render(
			'## The home builder\n\n{/* sources: analogy */}\n\nA house is like a cloud.\n',
		);
		assert.doesNotMatch(html, /id="sources"/);
	});

	test('accepts a non-AWS source marked (non-AWS)', async () => {
		const html = await render(
			`## Slowloris\n\nText.\n\nSources: [RFC 4987 (IETF)](https://www.rfc-editor.org/rfc/rfc4987) (non-AWS); [Root tasks](${IAM}).\n`,
		);
		assert.match(html, /RFC 4987 \(IETF\)<\/a> \(non-AWS\): cited in/);
	});

	test('names the section, file and line of a factual section without a source', async () => {
		const message = await failure(
			`## Cited\n\nText.\n\nSources: [Root tasks](${IAM})\n\n## Security groups\n\nStateful firewalls.\n\n### Rules\n\nMore.\n`,
		);
		assert.match(
			message,
			/^src\/content\/docs\/x\.mdx:7:1: the section "Security groups" cites no source\./,
		);
		assert.match(message, /\{\/\* sources: analogy \*\/\} or \{\/\* sources: navigation \*\/\}/);
	});

	test('counts a Sources line of a subsection for its h2 section', async () => {
		const html = await render(
			`## Groups\n\nText.\n\n### Rules\n\nMore.\n\nSources: [Root tasks](${IAM})\n`,
		);
		assert.match(html, /cited in <a href="#rules">Rules<\/a>/);
	});

	test('fails on a Sources line that does not end its section', async () => {
		const message = await failure(`## Root\n\nSources: [Root tasks](${IAM})\n\nMore text.\n`);
		assert.match(
			message,
			/x\.mdx:5:1: a Sources line ends its section: move this to just before the next heading/,
		);
	});

	test('fails on a Sources line inside a list or component', async () => {
		const message = await failure(`## Root\n\n- Sources: [Root tasks](${IAM})\n`);
		assert.match(message, /x\.mdx:3:3: a Sources line is a paragraph of its own/);
	});

	test('fails on words in a Sources line, naming them', async () => {
		const message = await failure(`## Root\n\nSources: see [Root tasks](${IAM}) for more\n`);
		assert.match(
			message,
			/x\.mdx:3:1: a Sources line holds only links.*found the text "Sources: see"/,
		);
	});

	test('fails on a non-AWS source that is not marked, at the link', async () => {
		const message = await failure(
			'## Root\n\nText.\n\nSources: [A blog](https://example.com/post)\n',
		);
		assert.match(
			message,
			/x\.mdx:5:10: the source https:\/\/example\.com\/post is not AWS documentation/,
		);
	});

	test('fails on an unknown reason for a section without sources', async () => {
		const message = await failure('## Root\n\n{/* sources: obvious */}\n\nText.\n');
		assert.match(message, /x\.mdx:3:1: "obvious" is not a reason for a section to have no source/);
	});

	test('fails on a marked section that cites sources anyway', async () => {
		const message = await failure(
			`## Root\n\n{/* sources: analogy */}\n\nText.\n\nSources: [Root tasks](${IAM})\n`,
		);
		assert.match(
			message,
			/x\.mdx:7:1: the section "Root" is marked \{\/\* sources: analogy \*\/\} but cites sources/,
		);
	});

	test('fails on a hand-written Sources heading', async () => {
		const message = await failure(
			`## Root\n\nText.\n\nSources: [Root tasks](${IAM})\n\n## Sources\n\n- a\n`,
		);
		assert.match(message, /x\.mdx:7:1: the page's Sources list is built from its Sources lines/);
	});

	test('fails on a page that cites sources but has no verified date', async () => {
		const message = await failure(`## Root\n\nText.\n\nSources: [Root tasks](${IAM})\n`, {});
		assert.match(
			message,
			/x\.mdx:1:1: this page cites AWS documentation but has no `verified` date/,
		);
	});
});

describe('checkSourceLink', () => {
	test('accepts AWS documentation over https', () => {
		assert.equal(checkSourceLink(IAM, 'Root tasks'), undefined);
		assert.equal(
			checkSourceLink('https://aws.amazon.com/shield/pricing/', 'Shield pricing'),
			undefined,
		);
	});

	test('rejects http, relative addresses and a title that is the address', () => {
		assert.match(
			checkSourceLink(IAM.replace('https', 'http'), 'Root tasks')!,
			/must use https:\/\//,
		);
		assert.match(checkSourceLink('/iam/', 'IAM')!, /is not an absolute URL/);
		assert.match(checkSourceLink(IAM, IAM)!, /needs a title/);
	});

	test('rejects a look-alike host and an AWS page marked non-AWS', () => {
		assert.match(
			checkSourceLink('https://docs.aws.amazon.com.example.net/x', 'X')!,
			/is not AWS documentation/,
		);
		assert.match(checkSourceLink(IAM, 'Root tasks', true)!, /remove its non-AWS mark/);
	});
});

describe('the site index, given the Sources transform', () => {
	test('knows the Sources heading the build adds, so that links to it are checked', () => {
		const page = indexPage(
			'iam',
			'/site/src/content/docs/iam.mdx',
			`---\ntitle: IAM\nverified: 2026-12-01\n---\n\n## Root user\n\nText.\n\nSources: [Root tasks](${IAM})\n`,
			[remarkSectionSources()],
		);
		assert.deepEqual(
			page.headings.map((h) => h.id),
			['root-user', 'sources'],
		);
		assert.equal(page.verified, '2026-12-01');
		assert.equal(page.verifiedLine, 3);
	});
});
