import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import type {
	DiagramRenderer,
	DiagramRequest,
} from '../../../src/features/diagrams/diagram-types.ts';
import { MERMAID_DIAGRAM_TYPES } from '../../../src/features/diagrams/mermaid-diagram-types.ts';
import { MAX_DIAGRAM_WIDTH, remarkMermaid } from '../../../src/features/diagrams/remark-mermaid.ts';
import { fc } from '../../support/fast-check.ts';
import { renderError, renderMarkdown } from '../../support/markdown.ts';

const fixtures = new URL('./fixtures/remark-mermaid/', import.meta.url);

/**
 * Stands in for Chromium: a tiny SVG per request, the same in both themes but for its colours, or
 * Mermaid-style errors for sources saying INVALID, and a drawing that differs by theme in more than
 * colour for sources saying MISMATCH.
 */
function fakeRenderer() {
	const calls: DiagramRequest[][] = [];
	const render: DiagramRenderer = async (requests) => {
		calls.push(requests);
		return requests.map(({ source, theme, id }) =>
			source.includes('INVALID')
				? { error: 'Parse error on line 4:\n...A --> (\n---^\nExpecting NODE_STRING' }
				: {
						svg: `<svg id="${id}-0" aria-labelledby="t-${id}"><title id="t-${id}">${source.includes('MISMATCH') ? theme : 'T'}</title><style>#${id}-0 g>rect{fill:${theme === 'light' ? '#fff' : '#000'};stroke:red}</style></svg>`,
						width: source.includes('WIDE') ? MAX_DIAGRAM_WIDTH + 0.5 : 300.4,
						height: 100.2,
						key: `key-${id}-${theme}`,
					},
		);
	};
	return { render, calls };
}

async function fixture(name: string, render: DiagramRenderer) {
	const markdown = await readFile(new URL(`${name}.md`, fixtures), 'utf8');
	const expected = await readFile(new URL(`${name}.html`, fixtures), 'utf8');
	const html = await renderMarkdown(markdown, { remark: [[remarkMermaid, { render }]] });
	return { html, expected: expected.trim() };
}

describe('remarkMermaid', () => {
	for (const name of ['one-diagram', 'same-diagram-twice', 'block-description']) {
		test(`renders ${name}.md as ${name}.html`, async () => {
			const { html, expected } = await fixture(name, fakeRenderer().render);
			assert.equal(html.trim(), expected);
		});
	}

	test('renders every diagram in the light and the dark theme in one batch, with one id per diagram', async () => {
		const { render, calls } = fakeRenderer();
		await fixture('same-diagram-twice', render);
		assert.equal(calls.length, 1);
		const ids = calls[0]!.map(({ theme, id }) => `${id}:${theme}`);
		const [first] = ids[0]!.split(':');
		assert.deepEqual(ids, [
			`${first}:light`,
			`${first}:dark`,
			`${first}-2:light`,
			`${first}-2:dark`,
		]);
	});

	test('leaves a page without diagrams alone and never calls the renderer', async () => {
		const { render, calls } = fakeRenderer();
		const html = await renderMarkdown('```js\nlet a;\n```', {
			remark: [[remarkMermaid, { render }]],
		});
		assert.equal(calls.length, 0);
		assert.match(html, /<pre><code class="language-js">/);
	});

	test('links to the full-size file under the configured path', async () => {
		const { render } = fakeRenderer();
		const html = await renderMarkdown(
			'```mermaid\nflowchart LR\n  accTitle: T\n  accDescr: D\n  A --> B\n```',
			{ remark: [[remarkMermaid, { render, filesPath: '/notes/_diagrams/' }]] },
		);
		assert.match(html, /href="\/notes\/_diagrams\/key-dgm-[0-9a-f]{8}-light\.svg"/);
		assert.match(html, /href="\/notes\/_diagrams\/key-dgm-[0-9a-f]{8}-dark\.svg"/);
	});

	test('inlines one SVG per diagram, its colours set per theme', async () => {
		const html = await renderMarkdown(
			'```mermaid\nflowchart LR\n  accTitle: T\n  accDescr: D\n  A --> B\n```',
			{ remark: [[remarkMermaid, fakeRenderer()]] },
		);
		assert.equal(html.match(/<svg/g)?.length, 1);
		assert.match(html, /g>rect\{fill:var\(--dc0\);stroke:red\}/);
		assert.match(
			html,
			/#dgm-[0-9a-f]{8}-0\{--dc0:#000\}:root\[data-theme='light'\] #dgm-[0-9a-f]{8}-0\{--dc0:#fff\}/,
		);
	});

	test('fails at the fence when a diagram is too wide to read on a phone', async () => {
		const message = await renderError(
			'Intro.\n\n```mermaid\nflowchart LR\n  accTitle: T\n  accDescr: D\n  WIDE --> B\n```',
			{ remark: [[remarkMermaid, fakeRenderer()]] },
		);
		assert.equal(
			message,
			`src/content/docs/page.md:3:1: Mermaid diagram is ${MAX_DIAGRAM_WIDTH + 1} px wide, more than ${MAX_DIAGRAM_WIDTH}: on a 390 px phone its text would be smaller than 10 px. Lay it out narrower: shorter label lines, \`direction TB\` in subgraphs, fewer boxes side by side`,
		);
	});

	test('fails at the fence when the two themes draw different diagrams', async () => {
		const message = await renderError(
			'Intro.\n\n```mermaid\nflowchart LR\n  accTitle: T\n  accDescr: D\n  MISMATCH --> B\n```',
			{ remark: [[remarkMermaid, fakeRenderer()]] },
		);
		assert.match(
			message,
			/^src\/content\/docs\/page\.md:3:1: Mermaid diagram cannot be drawn as one SVG for both themes: the light and dark drawings differ in the text of <title/,
		);
	});

	test('fails at the fence when a diagram has no accTitle', async () => {
		const message = await renderError(
			'Intro.\n\n```mermaid\nflowchart LR\n  accDescr: D\n  A --> B\n```',
			{
				remark: [[remarkMermaid, fakeRenderer()]],
			},
		);
		assert.equal(
			message,
			'src/content/docs/page.md:3:1: Mermaid diagram has no `accTitle: …` line; every diagram needs an accessible title',
		);
	});

	test('fails at the fence when a diagram has no accDescr', async () => {
		const message = await renderError('```mermaid\nflowchart LR\n  accTitle: T\n  A --> B\n```', {
			remark: [[remarkMermaid, fakeRenderer()]],
		});
		assert.match(
			message,
			/^src\/content\/docs\/page\.md:1:1: Mermaid diagram has no `accDescr: …` line/,
		);
	});

	test('fails at an unknown diagram type, suggesting the closest known one', async () => {
		const { render, calls } = fakeRenderer();
		const message = await renderError(
			'Intro.\n\n```mermaid\n%% layout\nflowchat TB\n  accTitle: T\n  accDescr: D\n```',
			{ remark: [[remarkMermaid, { render }]] },
		);
		assert.match(
			message,
			/^src\/content\/docs\/page\.md:5:1: Mermaid diagram type "flowchat" is unknown; did you mean "flowchart"\? Known types: flowchart, graph, /,
		);
		assert.equal(calls.length, 0);
	});

	test("fails at the diagram line Mermaid's parse error names, with Mermaid's message", async () => {
		const markdown =
			'Intro.\n\n```mermaid\nflowchart LR\n  accTitle: T\n  accDescr: D\n  INVALID --> (\n```';
		const message = await renderError(markdown, { remark: [[remarkMermaid, fakeRenderer()]] });
		// The fence is on line 3, so diagram line 4 is file line 7.
		assert.match(
			message,
			/^src\/content\/docs\/page\.md:7:1: Mermaid diagram is invalid: Parse error on line 4:/,
		);
		assert.match(message, /Expecting NODE_STRING/);
	});

	test('counts the frontmatter Astro strips from .md pages when reporting lines', async () => {
		const body = '```mermaid\nflowchart LR\n  accTitle: T\n  A --> B\n```\n';
		const original = `---\ntitle: T\ndescription: D\n---\n\n${body}`;
		const message = await renderError(body, {
			remark: [[remarkMermaid, { ...fakeRenderer(), readSource: () => original }]],
		});
		assert.match(message, /^src\/content\/docs\/page\.md:6:1: /);
	});
});

describe('remarkMermaid, given generated pages', () => {
	const paragraph = fc
		.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 8 })
		.map((words) => `${words.join(' ')}.`);
	/** Text before the diagram: paragraphs, each followed by a blank line. */
	const intro = fc
		.array(paragraph, { maxLength: 5 })
		.map((ps) => ps.map((p) => `${p}\n\n`).join(''));
	const preamble = fc.constantFrom(
		'',
		'%% a comment\n',
		'%%{init: {"theme": "base"}}%%\n\n',
		'---\ntitle: T\n---\n',
	);
	/** The page, the 1-based line the diagram's type is on, and its column. */
	const page = (type: fc.Arbitrary<string>) =>
		fc
			.record({ intro, preamble, type, inList: fc.boolean() })
			.map(({ intro, preamble, type, inList }) => {
				const body = `${preamble}${type} TB\n  accTitle: T\n  accDescr: D\n  A --> B`;
				const fence = `\`\`\`mermaid\n${body}\n\`\`\``;
				const markdown = `${intro}${inList ? fence.replace(/^/gm, '  ').replace(/^ {2}/, '- ') : fence}\n`;
				const line = intro.split('\n').length + preamble.split('\n').length;
				return { markdown, line, column: inList ? 3 : 1, type };
			});

	test('fails at the line and column of an unknown type, before rendering anything', async () => {
		const unknown = fc
			.stringMatching(/^[a-z][A-Za-z0-9-]{1,12}$/)
			.filter((word) => !(MERMAID_DIAGRAM_TYPES as readonly string[]).includes(word));
		await fc.assert(
			fc.asyncProperty(page(unknown), async ({ markdown, line, column, type }) => {
				const { render, calls } = fakeRenderer();
				const message = await renderError(markdown, { remark: [[remarkMermaid, { render }]] });
				assert.ok(
					message.startsWith(
						`src/content/docs/page.md:${line}:${column}: Mermaid diagram type "${type}" is unknown`,
					),
					message,
				);
				assert.match(message, /Known types: flowchart, /);
				assert.equal(calls.length, 0);
			}),
		);
	});

	test('renders a diagram of every known type', async () => {
		await fc.assert(
			fc.asyncProperty(page(fc.constantFrom(...MERMAID_DIAGRAM_TYPES)), async ({ markdown }) => {
				const { render, calls } = fakeRenderer();
				const html = await renderMarkdown(markdown, { remark: [[remarkMermaid, { render }]] });
				assert.equal(calls.length, 1);
				assert.match(html, /<figure class="asn-diagram"/);
			}),
		);
	});
});
