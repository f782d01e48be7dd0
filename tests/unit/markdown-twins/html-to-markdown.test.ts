import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { diagramSources } from '../../../src/features/markdown-twins/diagram-sources.ts';
import {
	pageToMarkdown,
	TwinError,
} from '../../../src/features/markdown-twins/html-to-markdown.ts';
import { twinPath } from '../../../src/features/markdown-twins/twin-paths.ts';

const PAGE = {
	title: 'Users, permissions and access',
	description: 'IAM users, groups, policies and roles.',
	url: 'https://notes.example/iam/',
	verified: '2026-12-02',
	verifiedLong: '2 December 2026',
};

/** The `.sl-markdown-content` element of a page whose content is `html`. */
const content = (html: string): Element =>
	select('.sl-markdown-content', fromHtml(`<div class="sl-markdown-content">${html}</div>`))!;

const DIAGRAM = `<figure class="asn-diagram" data-pagefind-ignore><div class="asn-diagram__frame"><div class="asn-diagram__drawing"><svg><title>How IAM evaluates a request</title><desc>An explicit deny wins.</desc><g><text>Deny?</text></g></svg></div></div><a class="asn-diagram__full" href="/_diagrams/x.svg" data-diagram-for="light">Open full size</a><a class="asn-diagram__full" href="/_diagrams/y.svg" data-diagram-for="dark">Open full size</a><figcaption class="asn-diagram__caption">How IAM evaluates a request</figcaption></figure>`;
const SOURCE =
	'flowchart TB\n  accTitle: How IAM evaluates a request\n  accDescr: An explicit deny wins.\n  a --> b';

describe('pageToMarkdown', () => {
	test('starts with the title, description, canonical URL and verified date', () => {
		const markdown = pageToMarkdown(content('<p>Text.</p>'), PAGE);
		assert.equal(
			markdown,
			'# Users, permissions and access\n\n> IAM users, groups, policies and roles.\n\nURL: https://notes.example/iam/\nLast verified against AWS documentation: 2 December 2026 (2026-12-02)\n\nText.\n',
		);
	});

	test('keeps headings with their ids and drops the anchor links, hidden phrasings and buttons', () => {
		const markdown = pageToMarkdown(
			content(
				'<div class="sl-heading-wrapper level-h2"><h2 id="iam-roles">IAM roles</h2><a class="sl-anchor-link" href="#iam-roles"><span class="sr-only">Section titled “IAM roles”</span></a></div><span hidden class="asn-search-phrases">assume a role; temporary keys</span><p>Roles <button>Copy</button>have no keys.</p><h3 id="trust-policies">Trust policies</h3>',
			),
			PAGE,
		);
		assert.match(markdown, /^## IAM roles \{#iam-roles\}$/m);
		assert.match(markdown, /^### Trust policies \{#trust-policies\}$/m);
		assert.doesNotMatch(markdown, /Section titled|assume a role|Copy/);
		assert.match(markdown, /^Roles have no keys\.$/m);
	});

	test('turns every link absolute, glossary and cross-page links included', () => {
		const markdown = pageToMarkdown(
			content(
				'<p><a class="asn-term" href="#iam-policies">IAM policies</a>, <a href="../organizations/#scps">SCPs</a>, <a href="https://docs.aws.amazon.com/x">AWS</a></p>',
			),
			PAGE,
		);
		assert.match(markdown, /\[IAM policies\]\(https:\/\/notes\.example\/iam\/#iam-policies\)/);
		assert.match(markdown, /\[SCPs\]\(https:\/\/notes\.example\/organizations\/#scps\)/);
		assert.match(markdown, /\[AWS\]\(https:\/\/docs\.aws\.amazon\.com\/x\)/);
	});

	test('a diagram becomes its title, its text description and its Mermaid source', () => {
		const markdown = pageToMarkdown(
			content(DIAGRAM),
			PAGE,
			diagramSources(`# x\n\n\`\`\`mermaid\n${SOURCE}\n\`\`\`\n`),
		);
		assert.match(
			markdown,
			/\*\*Diagram: How IAM evaluates a request\*\*\n\nAn explicit deny wins\.\n\n```mermaid\nflowchart TB\n {2}accTitle: How IAM evaluates a request\n[\s\S]*a --> b\n```/,
		);
		assert.doesNotMatch(markdown, /Open full size|Deny\?/);
	});

	test('a diagram that does not match its source is an error, not a wrong twin', () => {
		assert.throws(
			() =>
				pageToMarkdown(content(DIAGRAM), PAGE, [
					{ title: 'Another diagram', source: 'flowchart TB' },
				]),
			(error) =>
				error instanceof TwinError &&
				/diagram 1 is titled "How IAM evaluates a request" on the page but "Another diagram" in its source/.test(
					error.message,
				),
		);
		assert.throws(() => pageToMarkdown(content(DIAGRAM), PAGE, []), /not in its source/);
		assert.throws(
			() => pageToMarkdown(content('<p>No diagram.</p>'), PAGE, [{ title: 'x', source: 'y' }]),
			/the source has 1 diagram\(s\) but the page shows 0/,
		);
	});

	test('keeps tables as GFM tables and code blocks with their language and lines', () => {
		const markdown = pageToMarkdown(
			content(
				'<div tabindex="0"><table><thead><tr><th>Element</th><th>Meaning</th></tr></thead><tbody><tr><td><code>Effect</code></td><td>Allow or Deny</td></tr></tbody></table></div><div class="expressive-code"><figure class="frame"><figcaption class="header"></figcaption><pre data-language="json"><code><div class="ec-line"><div class="code">{</div></div><div class="ec-line"><div class="code">  "Version": "2012-10-17"</div></div><div class="ec-line"><div class="code">}</div></div></code></pre><div class="copy"><button>Copy</button></div></figure></div>',
			),
			PAGE,
		);
		assert.match(
			markdown,
			/\| Element +\| Meaning +\|\n\| -+ \| -+ \|\n\| `Effect` +\| Allow or Deny \|/,
		);
		assert.match(markdown, /```json\n\{\n {2}"Version": "2012-10-17"\n\}\n```/);
	});

	test('asides become blockquotes named as screen readers hear them; answers in details are shown', () => {
		const markdown = pageToMarkdown(
			content(
				'<aside aria-label="Exam trap (CLF-C02)" class="asn-exam-tip"><p class="asn-exam-tip__title" aria-hidden="true">Exam trap CLF-C02</p><div class="asn-exam-tip__content"><p>A group is not a principal.</p></div></aside><details><summary>Show answer</summary><p>The role.</p></details>',
			),
			PAGE,
		);
		assert.match(markdown, /> \*\*Exam trap \(CLF-C02\)\*\*\n>\n> A group is not a principal\./);
		assert.doesNotMatch(markdown, /Exam trap CLF-C02/);
		assert.match(markdown, /\*\*Show answer\*\*\n\nThe role\./);
	});

	test('a definition list becomes a list of bold terms with their anchors', () => {
		const markdown = pageToMarkdown(
			content(
				'<dl><div id="scp"><dt><dfn>Service control policy</dfn></dt><dd><p>Sets the maximum permissions.</p></dd></div></dl>',
			),
			PAGE,
		);
		assert.match(
			markdown,
			/^- \*\*Service control policy\*\* \{#scp\}\n\n {2}Sets the maximum permissions\.$/m,
		);
	});
});

describe('twinPath', () => {
	test('pages get <id>.md; home is llms.txt, the study sheet llms-full.txt, the 404 page none', () => {
		assert.equal(twinPath('iam'), 'iam.md');
		assert.equal(twinPath('index'), 'llms.txt');
		assert.equal(twinPath('all-topics'), 'llms-full.txt');
		assert.equal(twinPath('404'), undefined);
	});
});

describe('diagramSources', () => {
	test('finds the Mermaid fences of an MDX page in order, with their titles, and nothing else', () => {
		const found = diagramSources(
			`---\ntitle: x\n---\nimport { Aside } from 'x';\n\n\`\`\`json\n{}\n\`\`\`\n\n\`\`\`mermaid\n${SOURCE}\n\`\`\`\n\n<Aside>\n\n\`\`\`mermaid\nflowchart LR\n  accTitle: Second\n  accDescr: Two.\n\`\`\`\n\n</Aside>\n`,
		);
		assert.deepEqual(
			found.map((d) => d.title),
			['How IAM evaluates a request', 'Second'],
		);
	});
});
