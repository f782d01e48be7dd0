import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { indexPage } from '../../../src/lib/site-index.ts';
import { fc } from '../../support/fast-check.ts';

/** A component in a generated page: its name, attributes and the blocks inside it. */
interface Component {
	name: string;
	title: string | undefined;
	indent: string;
	children: Block[];
}
type Block = { text: string } | { heading: string } | Component;

const word = fc.stringMatching(/^[a-z]{1,8}$/);
const name = fc.stringMatching(/^[A-Z][A-Za-z]{0,9}$/);
const text = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => `${words.join(' ')}.`);

const { block } = fc.letrec<{ block: Block; component: Component }>((tie) => ({
	block: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		fc.record({ text }),
		fc.record({ heading: text }),
		tie('component'),
	),
	component: fc.record({
		name,
		title: fc.option(text, { nil: undefined }),
		indent: fc.constantFrom('', ' ', '  '),
		children: fc.array(tie('block'), { maxLength: 3 }),
	}),
}));

/** A tag as written: its name, 1-based line and column, and the column after it. */
interface Tag {
	kind: 'open' | 'close';
	name: string;
	line: number;
	column: number;
	end: number;
}

/** A page's lines, and its tags in the order they are written. */
interface Layout {
	lines: string[];
	tags: Tag[];
}

/** Writes blocks as MDX with a blank line between them, leaving out the closing tag of `drop`. */
function layout(frontmatter: string[], blocks: Block[], drop?: Component): Layout {
	const lines = ['---', ...frontmatter, '---', ''];
	const tags: Tag[] = [];
	const tag = (kind: Tag['kind'], name: string, written: string) => {
		lines.push(written, '');
		const column = written.indexOf('<') + 1;
		tags.push({ kind, name, line: lines.length - 1, column, end: written.length + 1 });
	};
	const write = (items: Block[]) => {
		for (const item of items) {
			if ('text' in item) lines.push(item.text, '');
			else if ('heading' in item) lines.push(`## ${item.heading}`, '');
			else {
				const title = item.title === undefined ? '' : ` title="${item.title}"`;
				tag('open', item.name, `${item.indent}<${item.name}${title}>`);
				write(item.children);
				if (item !== drop) tag('close', item.name, `${item.indent}</${item.name}>`);
			}
		}
	};
	write(blocks);
	return { lines, tags };
}

const frontmatter = fc
	.uniqueArray(fc.tuple(word, text), { maxLength: 4, selector: ([key]) => key })
	.map((fields) => [
		'title: A page',
		'description: A generated page.',
		...fields.map(([k, v]) => `x${k}: ${v}`),
	]);
const page = fc.record({
	slug: fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
	frontmatter,
	blocks: fc.array(block, { minLength: 1, maxLength: 5 }),
});
const fileOf = (slug: string) => join(process.cwd(), 'src/content/docs', `${slug}.mdx`);

/**
 * The error MDX must report for a page's tags, found the way a parser matches them: a closing tag
 * that does not close the innermost open one, else the one left open at the end.
 */
function expectedError(file: string, tags: Tag[]): { message: string; tag: string } {
	const open: Tag[] = [];
	for (const tag of tags) {
		if (tag.kind === 'open') open.push(tag);
		else if (open.at(-1)!.name === tag.name) open.pop();
		else {
			const top = open.at(-1)!;
			return {
				tag: top.name,
				message: `${file}:${tag.line}:${tag.column}: Unexpected closing tag \`</${tag.name}>\`, expected corresponding closing tag for \`<${top.name}>\` (${top.line}:${top.column}-${top.line}:${top.end})`,
			};
		}
	}
	const left = open.at(-1)!;
	return {
		tag: left.name,
		message: `${file}:${left.line}:${left.column}: Expected a closing tag for \`<${left.name}>\` (${left.line}:${left.column}-${left.line}:${left.end})`,
	};
}

/** Every component of a page. */
const componentsOf = (blocks: Block[]): Component[] =>
	blocks.flatMap((b) => ('name' in b ? [...componentsOf(b.children), b] : []));

describe('indexPage, given generated MDX pages', () => {
	test('indexes every page whose components are closed', () => {
		fc.assert(
			fc.property(page, ({ slug, frontmatter, blocks }) => {
				const { lines } = layout(frontmatter, blocks);
				const entry = indexPage(slug, fileOf(slug), lines.join('\n'));
				// The index reads the page's top-level headings, not those inside components.
				const headings = blocks.flatMap((b) => ('heading' in b ? [b.heading] : []));
				assert.deepEqual(
					entry.headings.map((h) => h.text),
					headings,
				);
			}),
		);
	});

	test('fails on an unclosed component with the file, its line and column, and what to fix', () => {
		const broken = page
			.filter(({ blocks }) => componentsOf(blocks).length > 0)
			.chain((p) =>
				fc.record({ page: fc.constant(p), drop: fc.constantFrom(...componentsOf(p.blocks)) }),
			);
		fc.assert(
			fc.property(broken, ({ page: { slug, frontmatter, blocks }, drop }) => {
				const { lines, tags } = layout(frontmatter, blocks, drop);
				const error = (() => {
					try {
						indexPage(slug, fileOf(slug), lines.join('\n'));
					} catch (thrown) {
						return thrown as Error & { hint?: string };
					}
					throw new Error(`indexed a page with <${drop.name}> unclosed`);
				})();
				const expected = expectedError(`src/content/docs/${slug}.mdx`, tags);
				assert.equal(error.message, expected.message);
				const line = Number(error.message.split(':')[1]);
				assert.ok(line >= 1 && line <= lines.length);
				assert.match(
					error.hint ?? '',
					new RegExp(`close \`<${expected.tag}>\` with \`</${expected.tag}>\``),
				);
			}),
		);
	});

	test('fails on a `<` or `{` in text on its line, saying how to escape it', () => {
		fc.assert(
			fc.property(
				page,
				fc.nat(),
				fc.constantFrom('a <3 b', 'x <y z', 'a { b'),
				({ slug, frontmatter, blocks }, at, bad) => {
					const { lines } = layout(frontmatter, blocks);
					const body = frontmatter.length + 2;
					const paragraphs = lines.flatMap((l, n) => (n >= body && /^[a-z]/.test(l) ? [n] : []));
					if (paragraphs.length === 0) return;
					const n = paragraphs[at % paragraphs.length]!;
					lines[n] = `${lines[n]} ${bad}.`;
					const column = lines[n]!.indexOf(bad.includes('{') ? '{' : '<') + 1;
					assert.throws(
						() => indexPage(slug, fileOf(slug), lines.join('\n')),
						(error: Error & { hint?: string }) => {
							const [, l, c] = error.message.match(
								/^src\/content\/docs\/[\w-]+\.mdx:(\d+):(\d+): /,
							)!;
							assert.equal(Number(l), n + 1, error.message);
							// MDX points at the `<` or `{`, or at the character after it that it could not read.
							assert.ok(Number(c) >= column && Number(c) <= lines[n]!.length + 1, error.message);
							assert.match(
								error.hint!,
								bad.includes('{') ? /write it as `\\\{`/ : /write it as `\\<`/,
							);
							return true;
						},
					);
				},
			),
		);
	});
});
