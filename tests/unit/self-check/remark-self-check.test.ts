import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import remarkMdx from 'remark-mdx';
import { rehypeGlossaryTerms } from '../../../src/features/glossary/rehype-glossary-terms.ts';
import type { LoadedQuestion } from '../../../src/features/self-check/load-self-checks.ts';
import { remarkSelfCheck } from '../../../src/features/self-check/remark-self-check.ts';
import { remarkSectionSources } from '../../../src/features/sources/remark-section-sources.ts';
import { renderError, renderMarkdown } from '../../support/markdown.ts';
import { DOCS_DIR, scpTerm } from '../../support/unit-site.ts';

const SOURCE =
	'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html';

const question = (id: string, fields: Partial<LoadedQuestion> = {}): LoadedQuestion => ({
	id,
	type: 'single',
	prompt: 'A team needs to stop member accounts from leaving. Which SCP helps?',
	options: [
		{ text: 'An SCP on the root', correct: true },
		{ text: 'A tag policy', correct: false },
		{ text: 'An IAM policy', correct: false },
	],
	explanation: 'An SCP applies to every member account.',
	section: 'organizations#service-control-policies-scps',
	sources: [
		{
			title: 'Service control policies (AWS Organizations User Guide)',
			url: SOURCE,
			nonAws: false,
		},
	],
	page: 'organizations',
	sectionTitle: 'Service control policies (SCPs)',
	...fields,
});

const QUESTIONS = new Map([
	[
		'organizations',
		[
			question('scp-root'),
			question('billing-two', {
				type: 'multiple',
				options: [
					{ text: 'One bill', correct: true },
					{ text: 'Volume pricing', correct: true },
					{ text: 'Free support', correct: false },
				],
				section: 'iam#iam-roles',
				sectionTitle: 'IAM roles',
			}),
		],
	],
]);

/** The site's order: self-check, then Sources lines; the glossary's term links after. */
const options = (page = 'organizations') => ({
	remark: [
		remarkMdx,
		[remarkSelfCheck, { questions: QUESTIONS, docsDir: DOCS_DIR }],
		remarkSectionSources,
	] as never,
	rehype: [[rehypeGlossaryTerms, { glossary: [scpTerm], docsDir: DOCS_DIR }]] as never,
	path: `${DOCS_DIR}/${page}.mdx`,
	frontmatter: { verified: new Date('2026-12-01') },
});

const PAGE = `## Consolidated billing\n\nOne bill for every account; SCP text here.\n\nSources: [Consolidated billing (AWS Billing User Guide)](https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/consolidated-billing.html).\n\n<SelfCheck />\n`;

describe('remarkSelfCheck', () => {
	test("renders a Self-check heading and the questions, before the page's Sources list, out of the search index", async () => {
		const html = await renderMarkdown(PAGE, options());
		assert.match(html, /<h2 id="self-check" data-pagefind-ignore="">Self-check<\/h2>/);
		assert.match(
			html,
			/<div class="asn-self-check" data-asn-self-check="" data-pagefind-ignore="all" data-no-term-links=""><p class="asn-self-check__intro">2 questions on this page\./,
		);
		assert.ok(html.indexOf('id="self-check"') < html.indexOf('<h2 id="sources"'));
		// No Sources line is asked of the self-check: its questions cite their own.
		assert.match(html, /<h2 id="sources" data-pagefind-ignore="">Sources<\/h2>/);
	});

	test('each question has its prompt, options and a <details> answer with the explanation, the section link and the sources', async () => {
		const html = await renderMarkdown(PAGE, options());
		assert.match(
			html,
			/<li class="asn-question" data-question="scp-root" data-type="single" data-page="organizations"><p class="asn-question__prompt">A team needs to stop member accounts from leaving\. Which SCP helps\?<\/p><ul class="asn-question__options"><li data-correct="">An SCP on the root<\/li><li>A tag policy<\/li><li>An IAM policy<\/li><\/ul><details class="asn-question__answer"><summary>Show answer<\/summary>/,
		);
		assert.match(
			html,
			/<p class="asn-question__right"><strong>Answer:<\/strong> An SCP on the root<\/p>/,
		);
		assert.match(
			html,
			/<p class="asn-question__explanation">An SCP applies to every member account\.<\/p>/,
		);
		assert.match(
			html,
			/<p class="asn-question__read"><a href="#service-control-policies-scps">Read: Service control policies \(SCPs\)<\/a><\/p>/,
		);
		assert.match(
			html,
			/<p class="asn-question__sources">Checked against: <a href="https:\/\/docs\.aws\.amazon\.com\/organizations\/[^"]+">Service control policies \(AWS Organizations User Guide\)<\/a>\.<\/p>/,
		);
		// A question about another page links there; a multiple-choice one lists its answers.
		assert.match(html, /<a href="\.\.\/iam\/#iam-roles">Read: IAM roles<\/a>/);
		assert.match(
			html,
			/<p><strong>Answers:<\/strong><\/p><ul><li>One bill<\/li><li>Volume pricing<\/li><\/ul>/,
		);
	});

	test('links no glossary terms inside the questions, which would give answers away', async () => {
		const html = await renderMarkdown(PAGE, options());
		const block = html.slice(html.indexOf('data-asn-self-check'));
		assert.doesNotMatch(block, /asn-term/);
		// …while the page's text still gets its term link.
		assert.match(html.slice(0, html.indexOf('data-asn-self-check')), /class="asn-term"/);
	});

	test('leaves pages without questions or the element alone', async () => {
		const html = await renderMarkdown(
			'## Glossary\n\n{/* sources: navigation */}\n\nTerms.\n',
			options('glossary'),
		);
		assert.doesNotMatch(html, /self-check/);
	});
});

describe('remarkSelfCheck fails at the element', () => {
	const fails = async (source: string, pattern: RegExp, page = 'organizations') =>
		assert.match(await renderError(source, options(page)), pattern);

	test('on a topic page with questions but no <SelfCheck />', () =>
		fails(
			PAGE.replace('<SelfCheck />\n', ''),
			/organizations\.mdx:1:1: this topic page has 2 self-check questions \(src\/data\/self-checks\/organizations\.json\) but no <SelfCheck \/>: add <SelfCheck \/> on its own line at the end of the page/,
		));

	test('on a page without questions', () =>
		fails(
			'## Terms\n\n{/* sources: navigation */}\n\n<SelfCheck />\n',
			/glossary\.mdx:5:1: <SelfCheck \/> shows a topic page's questions, and "glossary" has none: remove it/,
			'glossary',
		));

	test('on a second <SelfCheck />', () =>
		fails(
			`${PAGE}\n<SelfCheck />\n`,
			/organizations\.mdx:9:1: a page has one self-check: remove this second <SelfCheck \/>\./,
		));

	test('on attributes or content', async () => {
		await fails(
			PAGE.replace('<SelfCheck />', '<SelfCheck page="iam" />'),
			/organizations\.mdx:7:12: <SelfCheck \/> takes no attributes: its questions come from src\/data\/self-checks\/organizations\.json\./,
		);
		await fails(
			PAGE.replace('<SelfCheck />', '<SelfCheck>\n\nText.\n\n</SelfCheck>'),
			/organizations\.mdx:7:1: <SelfCheck \/> is empty: write it as <SelfCheck \/>/,
		);
	});

	test('inside a list or a sentence', async () => {
		await fails(
			PAGE.replace('<SelfCheck />', '- <SelfCheck />'),
			/organizations\.mdx:7:3: <SelfCheck \/> is a section of its own: put it on its own line at the end of the page/,
		);
		await fails(
			PAGE.replace('<SelfCheck />', 'Try the <SelfCheck /> now.'),
			/organizations\.mdx:7:9: <SelfCheck \/> is a section of its own/,
		);
	});
});

describe("the questions' text", () => {
	test("gets curly quotes, like the page's own text", async () => {
		const curly = new Map([
			['organizations', [question('quoted', { prompt: `A team's lead says "no". What now?` })]],
		]);
		const html = await renderMarkdown(PAGE, {
			...options(),
			remark: [
				remarkMdx,
				[remarkSelfCheck, { questions: curly, docsDir: DOCS_DIR }],
				remarkSectionSources,
			] as never,
		});
		assert.match(html, /A team’s lead says “no”\. What now\?/);
	});
});
