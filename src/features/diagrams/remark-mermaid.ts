import { createHash } from 'node:crypto';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import {
	DIAGRAM_THEMES,
	type DiagramRenderer,
	type DiagramRequest,
	type DiagramTheme,
} from './diagram-types.ts';
import { ThemeMismatchError, themedSvg } from './themed-svg.ts';
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
 * Turns ```` ```mermaid ```` fences into inline SVG rendered at build time: one SVG whose colours
 * follow the theme (themed-svg.ts), from one render per theme.
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

		// Both themes share the DOM id prefix: the two drawings must match but for their colours.
		const requests: DiagramRequest[] = diagrams.flatMap(({ node, id }) =>
			DIAGRAM_THEMES.map((theme) => ({ source: node.value, theme, id })),
		);
		const results = await options.render(requests);

		diagrams.forEach((diagram, index) => {
			const [light, dark] = DIAGRAM_THEMES.map((theme, t) => {
				const result = results[index * DIAGRAM_THEMES.length + t];
				if (!result || 'error' in result) {
					const error = result?.error ?? 'the renderer returned nothing';
					const line = Number(error.match(PARSE_ERROR_LINE)?.[1] ?? 0);
					fail(diagram.node, `is invalid: ${error}`, line);
				}
				return { theme, ...result };
			}) as [ThemedResult, ThemedResult];
			if (light.width > MAX_DIAGRAM_WIDTH) {
				fail(
					diagram.node,
					`is ${Math.ceil(light.width)} px wide, more than ${MAX_DIAGRAM_WIDTH}: on a ${PHONE_WIDTH} px phone its text would be smaller than ${MIN_TEXT_PX} px. Lay it out narrower: shorter label lines, \`direction TB\` in subgraphs, fewer boxes side by side`,
				);
			}
			let svg: Element[];
			try {
				svg = themedSvg(light.svg, dark.svg);
			} catch (error) {
				if (!(error instanceof ThemeMismatchError)) throw error;
				fail(diagram.node, `cannot be drawn as one SVG for both themes: ${error.message}`);
			}
			const figure = h('figure.asn-diagram', { dataPagefindIgnore: '' }, [
				h('div.asn-diagram__frame', [
					h(
						'div.asn-diagram__drawing',
						{ style: drawingStyle(light.width, light.height) },
						svg as ElementContent[],
					),
				]),
				...[light, dark].map((result) => fullSizeLink(result, diagram.title, filesPath)),
				h('figcaption.asn-diagram__caption', diagram.title),
			]);
			Object.assign(diagram.node, {
				type: 'asnDiagram',
				data: { hName: figure.tagName, hProperties: figure.properties, hChildren: figure.children },
			});
		});
	};
}

/** The narrowest phone every diagram must be readable on, whole. */
const PHONE_WIDTH = 390;
/** The width a diagram gets there: the content column less its frame (diagrams.css). */
const PHONE_DRAWING_WIDTH = PHONE_WIDTH - 2 * 16 - 2 * (8 + 1);
/** Diagram text is drawn at 16 px (Mermaid's default) and may shrink to no less than this. */
export const MIN_TEXT_PX = 10;
const DIAGRAM_FONT_PX = 16;
/** The widest diagram whose text stays readable, scaled down to fit the phone's column. */
export const MAX_DIAGRAM_WIDTH = Math.floor((PHONE_DRAWING_WIDTH * DIAGRAM_FONT_PX) / MIN_TEXT_PX);

type ThemedResult = {
	theme: DiagramTheme;
	svg: string;
	width: number;
	height: number;
	key: string;
};

/**
 * The drawing's box: never wider than the diagram is drawn, and as tall as the SVG will be at any
 * width (its aspect ratio). Set before the SVG is laid out, it keeps the page still while the
 * browser skips drawing the diagram off screen (`content-visibility` in diagrams.css).
 */
function drawingStyle(width: number, height: number): string {
	const w = Math.ceil(width);
	return `max-width: ${w}px; aspect-ratio: ${w} / ${Math.ceil(height)}`;
}

/** "Open full size" for one theme's standalone file; diagrams.css shows the current theme's. */
function fullSizeLink(result: ThemedResult, title: string, filesPath: string): Element {
	return h(
		'a.asn-diagram__full',
		{
			href: `${filesPath}${result.key}.svg`,
			dataDiagramKey: result.key,
			dataDiagramFor: result.theme,
		},
		['Open full size', h('span.sr-only', `: ${title}`)],
	);
}
