import type {
	Heading,
	Paragraph,
	PhrasingContent,
	Root,
	RootContent,
	TableCell,
	TableRow,
} from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { createHeadingSlugger, parseHeadingMarker } from '../../lib/headings.ts';
import { pageOfFile } from '../../lib/page-of-file.ts';
import { failAt, removedLeadingLines } from '../../lib/source-position.ts';
import { parseTarget, relativeHref } from '../../lib/urls.ts';
import { parseCell } from './comparison-cells.ts';
import type { Comparison } from './comparison-schema.ts';

export interface RemarkComparisonsOptions {
	/** Every comparison table, validated (src/features/comparisons/load-comparisons.ts). */
	comparisons: Comparison[];
	/** Absolute path of the pages folder, to tell which page a file is. */
	docsDir: string;
	/** Reads a page's original text, to report lines of `.md` pages whose frontmatter Astro strips. */
	readSource?: (path: string) => string | undefined;
}

const TAG = 'Comparison';

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/**
 * Renders comparison tables from data. `<Comparison id="…" />`, on its own line, becomes a heading
 * named for the comparison (anchor: the id), a table with a caption, column and row headers with
 * `scope` and an anchor per row, and a Sources line. Every section the comparison `compares`
 * gains a "Compare:" link to it. An unknown id, a table placed on another page than its own, or a
 * `<Comparison>` inside other content fails the build at its line.
 */
export function remarkComparisons(options: RemarkComparisonsOptions) {
	const byId = new Map(options.comparisons.map((table) => [table.id, table]));
	return (tree: Root, file: VFile) => {
		const page = pageOfFile(file, options.docsDir);
		if (page === undefined) return;
		const offset = removedLeadingLines(file, options.readSource?.(file.path));

		visit(tree, 'mdxJsxFlowElement', (node, index, parent) => {
			if (node.name !== TAG) return;
			if (parent !== tree || index === undefined) {
				failAt(
					file,
					node.position!.start,
					`<${TAG}> renders a section of its own: put it on its own line between sections, not inside a list, quote or component.`,
					offset,
				);
			}
			const table = comparisonOf(node, byId, file, offset);
			if (table.page !== page) {
				failAt(
					file,
					node.position!.start,
					`the comparison "${table.id}" belongs on the page "${table.page}" (its "page" field): place it there, or change the field.`,
					offset,
				);
			}
			tree.children.splice(index, 1, ...renderComparison(table, levelOf(node, file, offset)));
			return index;
		});
		addCompareLinks(tree, page, options.comparisons);
	};
}

/** The comparison a `<Comparison id="…" />` names; an unknown or missing id fails at the tag. */
function comparisonOf(
	node: MdxJsxFlowElement,
	byId: Map<string, Comparison>,
	file: VFile,
	offset: number,
): Comparison {
	const id = attribute(node, 'id');
	const table = typeof id === 'string' ? byId.get(id) : undefined;
	if (!table) {
		const known = [...byId.keys()].join(', ') || '(none yet)';
		failAt(
			file,
			node.position!.start,
			typeof id === 'string'
				? `there is no comparison "${id}": use the id of a file in src/data/comparisons (${known}).`
				: `<${TAG}> needs an id as text: <${TAG} id="shield-standard-vs-advanced" /> (comparisons: ${known}).`,
			offset,
		);
	}
	return table;
}

/** The heading level `level={2}` asks for: 3 by default. */
function levelOf(node: MdxJsxFlowElement, file: VFile, offset: number): 2 | 3 {
	const level = attribute(node, 'level');
	if (level === undefined) return 3;
	if (level === '2' || level === '3') return Number(level) as 2 | 3;
	return failAt(
		file,
		node.position!.start,
		`level is 2 or 3 (the heading level of the comparison), not ${JSON.stringify(level)}.`,
		offset,
	);
}

/** An attribute's value as text: a string, or the source of an expression such as `{2}`. */
function attribute(node: MdxJsxFlowElement, name: string): string | undefined {
	const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	if (!found || found.type !== 'mdxJsxAttribute') return undefined;
	const { value } = found;
	if (typeof value === 'string') return value;
	return value?.value.trim();
}

/** The heading, table and Sources line of one comparison. */
function renderComparison(table: Comparison, level: 2 | 3): RootContent[] {
	const cell = (
		children: PhrasingContent[],
		tagName: 'th' | 'td',
		scope?: 'col' | 'row',
	): TableCell => ({
		type: 'tableCell',
		children,
		data: { hName: tagName, ...(scope ? { hProperties: { scope } } : {}) },
	});
	const header: TableRow = {
		type: 'tableRow',
		children: [table.aspectLabel, ...table.columns].map((name) => cell([text(name)], 'th', 'col')),
	};
	const rows: TableRow[] = table.rows.map((row) => ({
		type: 'tableRow',
		data: { hProperties: { id: `${table.id}-${row.id}` } },
		children: [
			cell([text(row.aspect)], 'th', 'row'),
			...row.cells.map((value) => cell(parseCell(value).nodes, 'td')),
		],
	}));
	const group = (hName: string, children: unknown[], hProperties = {}) => ({
		type: `asn-${hName}`,
		data: { hName, hProperties },
		children,
	});
	// A table node of our own: mdast's has no caption, and its header row has no scope. On a phone
	// the table scrolls sideways inside a labelled region that a keyboard can focus and scroll.
	const caption = `${table.id}-caption`;
	const region = group(
		'div',
		[
			group(
				'table',
				[
					group('caption', [text(table.caption)], { id: caption }),
					group('thead', [header]),
					group('tbody', rows),
				],
				{ className: ['asn-comparison'] },
			),
		],
		{ className: ['asn-comparison-scroll'], role: 'region', ariaLabelledby: caption, tabIndex: 0 },
	);
	const heading: Heading = {
		type: 'heading',
		depth: level,
		// The pinned-id marker of remark-heading-anchors: the id stays the comparison's.
		children: [text(`${table.title} {#${table.id}}`)],
	};
	const sources: Paragraph = { type: 'paragraph', children: [text('Sources: ')] };
	table.sources.forEach((source, i) => {
		if (i > 0) sources.children.push(text('; '));
		sources.children.push({ type: 'link', url: source.url, children: [text(source.title)] });
		if (source.nonAws) sources.children.push(text(' (non-AWS)'));
	});
	sources.children.push(text('.'));
	return [heading, region as unknown as RootContent, sources];
}

/**
 * Ends the own text of each section a comparison `compares` (before its first subsection, and
 * before its Sources line) with "Compare: [title](link)", once per section.
 */
function addCompareLinks(tree: Root, page: string, comparisons: Comparison[]) {
	const wanted = new Map<string, Comparison[]>();
	for (const table of comparisons) {
		for (const target of table.compares) {
			const { page: slug, fragment } = parseTarget(target);
			if (slug === page) wanted.set(fragment, [...(wanted.get(fragment) ?? []), table]);
		}
	}
	if (wanted.size === 0) return;
	const slugify = createHeadingSlugger();
	const inserts: Array<{ at: number; tables: Comparison[] }> = [];
	tree.children.forEach((node, i) => {
		if (node.type !== 'heading') return;
		const marker = parseHeadingMarker(toString(node));
		const id = marker.id ?? slugify(marker.text);
		const tables = wanted.get(id);
		if (!tables) return;
		let end = i + 1;
		while (end < tree.children.length && tree.children[end]!.type !== 'heading') end++;
		const last = tree.children[end - 1];
		const beforeSources = last?.type === 'paragraph' && /^Sources?: /.test(toString(last));
		inserts.push({ at: beforeSources ? end - 1 : end, tables });
	});
	for (const { at, tables } of inserts.reverse()) {
		const children: PhrasingContent[] = [
			{ type: 'strong', children: [text('Compare:')] },
			text(' '),
		];
		tables.forEach((table, i) => {
			if (i > 0) children.push(text('; '));
			children.push({
				type: 'link',
				url: relativeHref(page, table.page, table.id),
				children: [text(table.title)],
			});
		});
		children.push(text('.'));
		tree.children.splice(at, 0, {
			type: 'paragraph',
			children,
			data: { hProperties: { className: ['asn-compare'] } },
		});
	}
}
