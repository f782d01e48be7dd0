import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
	assistantLinks,
	issueUrl,
	sectionMarkdown,
} from '../../../src/features/sharing/section-actions.ts';

const TWIN = `# Page

> Description.

## First {#first}

Intro.

### Sub {#sub}

\`\`\`bash
# not a heading {#nope}
\`\`\`

## Second {#second}

Text.
`;

describe('sectionMarkdown', () => {
	test('takes the heading and everything up to the next one of its level, sub-sections included', () => {
		assert.equal(
			sectionMarkdown(TWIN, 'first'),
			'## First {#first}\n\nIntro.\n\n### Sub {#sub}\n\n```bash\n# not a heading {#nope}\n```\n',
		);
		assert.equal(
			sectionMarkdown(TWIN, 'sub'),
			'### Sub {#sub}\n\n```bash\n# not a heading {#nope}\n```\n',
		);
		assert.equal(sectionMarkdown(TWIN, 'second'), '## Second {#second}\n\nText.\n');
	});

	test('ignores look-alike headings in code, and says so when there is no such section', () => {
		assert.equal(sectionMarkdown(TWIN, 'nope'), undefined);
		assert.equal(sectionMarkdown(TWIN, 'missing'), undefined);
	});
});

const CONTEXT = {
	pageTitle: 'AWS Organizations',
	sectionTitle: 'Service control policies (SCPs)',
	url: 'https://notes.example/organizations/#service-control-policies-scps',
};

test('assistant links are plain URLs whose prompt cites the section', () => {
	const links = assistantLinks(CONTEXT);
	assert.deepEqual(
		links.map((link) => new URL(link.href).origin),
		['https://chatgpt.com', 'https://claude.ai'],
	);
	for (const link of links) {
		const prompt = new URL(link.href).searchParams.get('q') ?? '';
		assert.match(prompt, /https:\/\/notes\.example\/organizations\/#service-control-policies-scps/);
		assert.match(prompt, /AWS Organizations › Service control policies \(SCPs\)/);
	}
});

test('an issue link names the place, the date and the quoted selection', () => {
	const url = new URL(
		issueUrl('https://github.com/o/r', {
			...CONTEXT,
			date: '2026-12-02',
			selection: 'line one\nline two',
		}),
	);
	assert.equal(`${url.origin}${url.pathname}`, 'https://github.com/o/r/issues/new');
	assert.equal(
		url.searchParams.get('title'),
		'Problem: AWS Organizations › Service control policies (SCPs)',
	);
	const body = url.searchParams.get('body') ?? '';
	assert.match(
		body,
		/\*\*URL:\*\* https:\/\/notes\.example\/organizations\/#service-control-policies-scps/,
	);
	assert.match(body, /\*\*Date:\*\* 2026-12-02/);
	assert.match(body, /> line one\n> line two/);
	const plain = new URL(
		issueUrl('https://github.com/o/r', {
			pageTitle: 'Glossary',
			url: 'https://notes.example/glossary/',
		}),
	);
	assert.doesNotMatch(plain.searchParams.get('body') ?? '', /Date|Selected/);
});
