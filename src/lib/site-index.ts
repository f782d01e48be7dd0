import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AstroError } from 'astro/errors';
import { load as parseYaml, YAMLException } from 'js-yaml';
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { anchorAliases, createHeadingSlugger, parseHeadingMarker } from './headings.ts';
import { resolveInternalHref, type InternalTarget } from './urls.ts';

/** A section heading, with the id Astro gives it and the words a preview shows. */
export interface HeadingEntry {
	id: string;
	text: string;
	depth: number;
	/** The first sentences of the section, for link previews. */
	summary: string;
	/** Other ways readers ask for this section, from `{/* search: …; … *\/}` in its source. */
	phrases?: string[];
}

/** A link written in a page's source to another page of the site. */
interface LinkEntry {
	/** Slug of the linked page ('' for home). */
	page: string;
	fragment: string;
	/** Id of the section (h2 or h3) the link is in, if any. */
	fromSection: string | undefined;
}

/** What the build knows about one page before rendering it. */
export interface PageEntry {
	slug: string;
	file: string;
	title: string;
	description: string;
	headings: HeadingEntry[];
	/** Old ids kept working by frontmatter `anchors` (old id → current id). */
	aliases: Map<string, string>;
	links: LinkEntry[];
	/** The day its facts were last checked against AWS documentation (frontmatter `verified`), as YYYY-MM-DD. */
	verified: string | undefined;
	/** The frontmatter line of `verified`, for messages about it. */
	verifiedLine: number | undefined;
}

/**
 * A remark transform the index runs on each page before reading it, so that headings a plugin adds
 * (such as the page's Sources list) are known, and its errors stop the build before rendering.
 */
export type PageTransform = (tree: Root, file: VFile) => void;

/** Every page of the site by slug. */
export type SiteIndex = Map<string, PageEntry>;

/** Ids every Starlight page has besides its headings. */
const BUILT_IN_IDS = ['_top'];

const parser = unified().use(remarkParse).use(remarkGfm);
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** Slug of a page file relative to the docs folder: `iam.mdx` → `iam`, `index.mdx` → ''. */
export function slugOf(relativePath: string): string {
	return relativePath
		.replace(/\\/g, '/')
		.replace(/\.mdx?$/, '')
		.replace(/(^|\/)index$/, '');
}

/** The first one or two sentences of a text, at most about 220 characters. */
export function summarize(text: string): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	const sentences = clean.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [clean];
	let summary = '';
	for (const sentence of sentences) {
		if (summary && (summary + sentence).length > 220) break;
		summary += sentence;
	}
	summary = summary.trim();
	return summary.length > 240 ? `${summary.slice(0, 237).trimEnd()}…` : summary;
}

/** What to do about an MDX syntax error, by the part of the MDX parser that raised it. */
function mdxFix(source: string | undefined, reason: string): string {
	const tag = reason.match(/`<([A-Za-z][\w.:-]*)>`/)?.[1];
	if (source === 'mdast-util-mdx-jsx') {
		return `MDX reads \`<\` as the start of a component: ${tag ? `close \`<${tag}>\` with \`</${tag}>\` after its content, or write \`<${tag} />\`` : 'close each component with its closing tag, in the order they were opened'}; if the \`<\` is text, write it as \`\\<\` or \`&lt;\`, or put it in inline code.`;
	}
	if (source === 'micromark-extension-mdx-jsx') {
		return 'MDX reads `<` as the start of a component: if the `<` is text (`a < b`, `<3`), write it as `\\<` or `&lt;`, or put it in inline code; otherwise fix the tag there (`<Name attribute="value">`).';
	}
	if (source === 'micromark-extension-mdx-expression') {
		return 'MDX reads `{` as the start of a JavaScript expression: close it with `}`, or, if the brace is text, write it as `\\{` or put it in inline code.';
	}
	if (source === 'micromark-extension-mdxjs-esm') {
		return 'MDX reads a line starting with `import` or `export` as JavaScript: fix the statement, or reword the line.';
	}
	return 'Fix the MDX syntax at that place: close components with their closing tags, and write `<` and `{` that are text as `\\<` and `\\{`, or in inline code.';
}

/** A page's MDX syntax error as `file:line:column: message`, with what to fix as the hint. */
function pageSyntaxError(file: string, error: unknown): Error {
	if (!(error instanceof Error) || !('reason' in error)) return error as Error;
	const { reason, line, column, source } = error as Error & {
		reason: string;
		line?: number;
		column?: number;
		source?: string;
	};
	// A tag never closed is reported at the end of its file or paragraph; its own place is in the
	// text: point at the tag instead.
	const opened = reason.match(/\((\d+):(\d+)-\d+:\d+\)/);
	const place =
		opened && (!line || reason.startsWith('Expected a closing tag'))
			? `${opened[1]}:${opened[2]}`
			: `${line ?? 1}:${column ?? 1}`;
	return new AstroError(
		`${relative(process.cwd(), file)}:${place}: ${reason}`,
		mdxFix(source, reason),
	);
}

/** The frontmatter's data; a YAML error names the page's file and line. */
function parseFrontmatter(file: string, yaml: string): Record<string, unknown> {
	try {
		return (parseYaml(yaml) ?? {}) as Record<string, unknown>;
	} catch (error) {
		if (!(error instanceof YAMLException)) throw error;
		// The YAML starts on line 2, after the opening `---`; js-yaml counts lines from 0.
		const { line, column } = error.mark;
		throw new AstroError(
			`${relative(process.cwd(), file)}:${line + 2}:${column + 1}: invalid YAML in the frontmatter: ${error.reason}`,
			'Write each field as `name: value` on its own line; quote a value that contains `: `, `#`, or starts with `[`, `{`, `*`, `&`, `!`, `|`, `>`, `%` or `@`.',
		);
	}
}

/**
 * Indexes one page from its source text. A page MDX cannot parse, or whose frontmatter is not
 * YAML, fails with `file:line:column: problem` and what to fix.
 */
export function indexPage(
	page: string,
	file: string,
	source: string,
	transforms: PageTransform[] = [],
): PageEntry {
	const frontmatter = source.match(FRONTMATTER);
	const data = frontmatter ? parseFrontmatter(file, frontmatter[1]!) : {};
	// Blank lines in place of the frontmatter keep the parser's line numbers those of the file.
	const body = frontmatter
		? '\n'.repeat(frontmatter[0].split('\n').length - 1) + source.slice(frontmatter[0].length)
		: source;
	let tree: Root;
	try {
		tree = (file.endsWith('.mdx') ? mdxParser : parser).parse(body) as Root;
	} catch (error) {
		throw pageSyntaxError(file, error);
	}
	const vfile = new VFile({ path: file, value: body, data: { astro: { frontmatter: data } } });
	for (const transform of transforms) transform(tree, vfile);
	const slugify = createHeadingSlugger();
	const headings: HeadingEntry[] = [];
	const links: LinkEntry[] = [];
	let section: string | undefined;
	let current: HeadingEntry | undefined;
	for (const node of tree.children) {
		if (node.type === 'heading') {
			current = headingEntry(node, slugify);
			headings.push(current);
			if (node.depth <= 3) section = current.id;
			continue;
		}
		if (current && !current.summary && node.type === 'paragraph')
			current.summary = summarize(toString(node));
		if (current && node.type === 'mdxFlowExpression') {
			const phrases = searchPhrases(node.value);
			if (phrases) current.phrases = [...(current.phrases ?? []), ...phrases];
		}
		collectLinks(node, page, section, links);
	}
	return {
		slug: page,
		file,
		title: String(data['title'] ?? page),
		description: String(data['description'] ?? ''),
		headings,
		aliases: anchorAliases(data),
		links,
		...verifiedDate(data, frontmatter?.[1]),
	};
}

/** The `verified` date and its line (the YAML starts on line 2, after the opening `---`). */
function verifiedDate(data: Record<string, unknown>, yaml: string | undefined) {
	const value = data['verified'];
	const index = yaml?.split('\n').findIndex((line) => /^verified\s*:/.test(line)) ?? -1;
	return {
		verified: value instanceof Date ? value.toISOString().slice(0, 10) : undefined,
		verifiedLine: index >= 0 ? index + 2 : undefined,
	};
}

/** `/* search: single sign-on; sso *\/`: the phrasings a section answers, for search. */
const SEARCH_PHRASES = /^\s*\/\*\s*search:\s*([^*]*?)\s*\*\/\s*$/;

export function searchPhrases(comment: string): string[] | undefined {
	const list = comment.match(SEARCH_PHRASES)?.[1];
	return list
		?.split(';')
		.map((phrase) => phrase.trim())
		.filter(Boolean);
}

function headingEntry(node: Heading, slugify: (text: string) => string): HeadingEntry {
	// A pinned id (`{#id}`) replaces the slug, and Astro then slugs nothing for that heading.
	const { text, id } = parseHeadingMarker(toString(node));
	return { id: id ?? slugify(text), text, depth: node.depth, summary: '' };
}

function collectLinks(
	node: RootContent,
	from: string,
	section: string | undefined,
	links: LinkEntry[],
) {
	visit(node, (child) => {
		let href: unknown;
		if (child.type === 'link') href = child.url;
		if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
			href = child.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href')?.value;
		}
		if (typeof href !== 'string') return;
		const target = resolveInternalHref(from, href);
		if (target) links.push({ ...target, fromSection: section });
	});
}

/** Reads every `.md` and `.mdx` page under the docs folder. */
export function buildSiteIndex(docsDir: string, transforms: PageTransform[] = []): SiteIndex {
	const index: SiteIndex = new Map();
	for (const entry of readdirSync(docsDir, { recursive: true, encoding: 'utf8' }).sort()) {
		if (!/\.mdx?$/.test(entry)) continue;
		const file = join(docsDir, entry);
		const slug = slugOf(relative(docsDir, file));
		index.set(slug, indexPage(slug, file, readFileSync(file, 'utf8'), transforms));
	}
	return index;
}

/** Whether `page#fragment` exists: the page, and the heading id when a fragment is given. */
export function hasTarget(index: SiteIndex, page: string, fragment = ''): boolean {
	const entry = index.get(page);
	if (!entry) return false;
	return (
		!fragment ||
		BUILT_IN_IDS.includes(fragment) ||
		entry.aliases.has(fragment) ||
		entry.headings.some((h) => h.id === fragment)
	);
}

/**
 * Why `page#fragment` is not a section of the site, for an error message: there is no such page,
 * or the page has no such heading (with the ids it has); `undefined` when it is one.
 */
export function missingSection(
	index: SiteIndex,
	page: string,
	fragment: string,
): string | undefined {
	const entry = index.get(page);
	if (!entry) {
		return `there is no page "${page}"; use the file name of a page in src/content/docs, without .mdx`;
	}
	if (hasTarget(index, page, fragment)) return undefined;
	const ids = entry.headings.map((heading) => heading.id);
	return `"${page}" has no heading "#${fragment}"; its heading ids are ${ids.join(', ') || '(none)'}`;
}

/** The heading a target names on its page, if the page has it. */
export function findHeading(index: SiteIndex, target: InternalTarget): HeadingEntry | undefined {
	return index.get(target.page)?.headings.find((heading) => heading.id === target.fragment);
}
