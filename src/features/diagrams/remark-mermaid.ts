import { createHash } from 'node:crypto';
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { DIAGRAM_THEMES, type DiagramRenderer, type DiagramRequest } from './diagram-types.ts';
import { checkDiagramType } from './mermaid-diagram-types.ts';
import { failAt, removedLeadingLines } from '../../lib/source-position.ts';

export interface RemarkMermaidOptions {
	/** Renders every diagram in every theme: the build passes the cached Chromium renderer, tests a fake. */
	render: DiagramRenderer;
	/** URL path of the folder where full-size SVG files are published. @default '/_diagrams/' */
	filesPath?: string;
	/** Reads a page's original text, so errors in `.md` pages point at the right line. @default none */
	readSource?: (path: string) => string | undefined;
}

export const ACC_TITLE = /^[ \t]*accTitle[ \t]*:[ \t]*(\S.*)$/m;
const ACC_DESCR = /^[ \t]*accDescr[ \t]*(?::[ \t]*(\S.*)$|\{([^}]*\S[^}]*)\})/m;
const PARSE_ERROR_LINE = /Parse error on line (\d+)/;

type Fail = (node: Code, problem: string, diagramLine?: number, column?: number) => never;

interface Diagram {
	node: Code;
	title: string;
	id: string;
}

/**
 * Turns ```` ```mermaid ```` fences into inline SVG rendered at build time, once per theme.
 * A diagram of an unknown type, without `accTitle` and `accDescr`, or one Mermaid cannot parse,
 * fails the build at its line in the source file.
 */
export function remarkMermaid(options: RemarkMermaidOptions) {
	const filesPath = options.filesPath ?? '/_diagrams/';
	return async (tree: Root, file: VFile) => {
		const offset = removedLeadingLines(file, options.readSource?.(file.path));
		const fail: Fail = (node, problem, diagramLine = 0, column = 1) => {
			const start = node.position?.start ?? { line: 1, column: 1 };
			// Line 1 of a diagram is the line after its opening fence; the fence's indent is the
			// diagram's.
			const point =
				diagramLine > 0
					? { line: start.line + diagramLine, column: start.column - 1 + column }
					: start;
			return failAt(file, point, `Mermaid diagram ${problem}`, offset);
		};
		const diagrams: Diagram[] = [];
		const seen = new Map<string, number>();
		visit(tree, 'code', (node) => {
			if (node.lang !== 'mermaid') return;
			// Before rendering: otherwise only Mermaid, in Chromium, finds a misspelt type.
			const type = checkDiagramType(node.value);
			if (type) fail(node, type.problem, type.line, type.column);
			const title = node.value.match(ACC_TITLE)?.[1]?.trim();
			const description = node.value.match(ACC_DESCR);
			if (!title) fail(node, 'has no `accTitle: …` line; every diagram needs an accessible title');
			if (!description) {
				fail(node, 'has no `accDescr: …` line; every diagram needs an accessible description');
			}
			const hash = createHash('sha256').update(node.value).digest('hex').slice(0, 8);
			const count = (seen.get(hash) ?? 0) + 1;
			seen.set(hash, count);
			diagrams.push({ node, title, id: count === 1 ? `dgm-${hash}` : `dgm-${hash}-${count}` });
		});
		if (diagrams.length === 0) return;

		const requests: DiagramRequest[] = diagrams.flatMap(({ node, id }) =>
			DIAGRAM_THEMES.map((theme) => ({ source: node.value, theme, id: `${id}-${theme}` })),
		);
		const results = await options.render(requests);

		diagrams.forEach((diagram, index) => {
			const variants = DIAGRAM_THEMES.map((theme, t) => {
				const result = results[index * DIAGRAM_THEMES.length + t];
				if (!result || 'error' in result) {
					const error = result?.error ?? 'the renderer returned nothing';
					const line = Number(error.match(PARSE_ERROR_LINE)?.[1] ?? 0);
					fail(diagram.node, `is invalid: ${error}`, line);
				}
				return themeVariant(theme, result, diagram.title, filesPath);
			});
			// Until it is first drawn (content-visibility), the figure holds an estimate of its drawn
			// height: the diagram scaled to the content column, plus its frame, link and caption. A
			// wrong guess moves the text after it when it is drawn (diagrams.css picks the estimate
			// for the screen width).
			const drawn = results[index * DIAGRAM_THEMES.length] as { width: number; height?: number };
			const estimate = (column: number) =>
				`${Math.ceil(((drawn.height ?? 0) * Math.min(drawn.width, column)) / drawn.width + 96)}px`;
			const phone = Math.min(drawn.width, Math.max(544, drawn.width * 0.6));
			const style = [
				`--asn-diagram-phone: ${estimate(phone)}`,
				`--asn-diagram-tablet: ${estimate(720)}`,
				`--asn-diagram-desktop: ${estimate(632)}`,
			].join('; ');
			const figure = h('figure.asn-diagram', { dataPagefindIgnore: '', style }, [
				...variants,
				h('figcaption.asn-diagram__caption', diagram.title),
			]);
			Object.assign(diagram.node, {
				type: 'asnDiagram',
				data: { hName: figure.tagName, hProperties: figure.properties, hChildren: figure.children },
			});
		});
	};
}

function themeVariant(
	theme: string,
	result: { svg: string; width: number; key: string },
	title: string,
	filesPath: string,
): Element {
	const svg = fromHtml(result.svg, { fragment: true, space: 'svg' }).children.filter(
		(child): child is Element => child.type === 'element',
	);
	return h('div.asn-diagram__variant', { dataDiagramTheme: theme }, [
		h(
			'div.asn-diagram__scroll',
			{
				tabIndex: 0,
				role: 'group',
				ariaLabel: `${title} (scrollable diagram)`,
				style: `--asn-diagram-width: ${Math.ceil(result.width)}px`,
			},
			svg as ElementContent[],
		),
		h(
			'a.asn-diagram__full',
			{ href: `${filesPath}${result.key}.svg`, dataDiagramKey: result.key, dataDiagramFor: theme },
			['Open full size', h('span.sr-only', `: ${title}`)],
		),
	]);
}
