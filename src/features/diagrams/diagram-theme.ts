import type { MermaidConfig } from 'mermaid';
import type { DiagramTheme } from './diagram-types.ts';

const shared: MermaidConfig = {
	theme: 'base',
	securityLevel: 'strict',
	// Arial metrics (Liberation Sans on Linux) keep the text inside the boxes Mermaid measured.
	fontFamily: 'arial, "Liberation Sans", Helvetica, sans-serif',
	// Pure SVG text: no foreignObject, so labels survive standalone SVG files and print.
	// Authors break label lines themselves; Mermaid only wraps beyond this width.
	flowchart: {
		htmlLabels: false,
		useMaxWidth: true,
		wrappingWidth: 400,
		nodeSpacing: 24,
		rankSpacing: 28,
	},
	htmlLabels: false,
};

/** Fill and stroke for the node classes diagrams may use (`class a,b customer`), per theme. */
const NODE_CLASSES: Record<DiagramTheme, Record<string, [fill: string, stroke: string]>> = {
	light: {
		customer: ['#fde4cf', '#a84d0a'],
		aws: ['#dbe8f8', '#2a5d9f'],
		allow: ['#dcf2e3', '#1e7a3f'],
		deny: ['#fbe0e0', '#b42318'],
		note: ['#f3f4f6', '#6b7280'],
	},
	dark: {
		customer: ['#4a2a10', '#f08c3c'],
		aws: ['#1c2f4a', '#7fb0f0'],
		allow: ['#14361f', '#5cc584'],
		deny: ['#4a1c1c', '#f28b82'],
		note: ['#262932', '#9ca3af'],
	},
};

function nodeClassCss(theme: DiagramTheme): string {
	return Object.entries(NODE_CLASSES[theme])
		.map(
			([name, [fill, stroke]]) =>
				`.node.${name} :is(rect, path, polygon, circle) { fill: ${fill} !important; stroke: ${stroke} !important; }`,
		)
		.join('\n');
}

/** Page background per theme, used for standalone full-size files. */
export const DIAGRAM_BACKGROUND: Record<DiagramTheme, string> = {
	light: '#ffffff',
	dark: '#17181c',
};

/** Mermaid configuration per theme, from the site palette in `src/styles/theme.css`. */
export const DIAGRAM_CONFIG: Record<DiagramTheme, MermaidConfig> = {
	light: {
		...shared,
		darkMode: false,
		themeCSS: nodeClassCss('light'),
		themeVariables: {
			background: DIAGRAM_BACKGROUND.light,
			fontFamily: shared.fontFamily,
			primaryColor: '#fde4cf',
			primaryTextColor: '#17181c',
			primaryBorderColor: '#a84d0a',
			secondaryColor: '#e6eef8',
			secondaryTextColor: '#17181c',
			secondaryBorderColor: '#2a5d9f',
			tertiaryColor: '#f3f4f6',
			tertiaryTextColor: '#17181c',
			tertiaryBorderColor: '#6b7280',
			lineColor: '#4b5563',
			textColor: '#17181c',
			clusterBkg: '#f8f8f8',
			clusterBorder: '#8b919c',
			edgeLabelBackground: '#ffffff',
		},
	},
	dark: {
		...shared,
		darkMode: true,
		themeCSS: nodeClassCss('dark'),
		themeVariables: {
			background: DIAGRAM_BACKGROUND.dark,
			fontFamily: shared.fontFamily,
			primaryColor: '#4a2a10',
			primaryTextColor: '#ffffff',
			primaryBorderColor: '#f08c3c',
			secondaryColor: '#1c2f4a',
			secondaryTextColor: '#ffffff',
			secondaryBorderColor: '#7fb0f0',
			tertiaryColor: '#262932',
			tertiaryTextColor: '#ffffff',
			tertiaryBorderColor: '#9ca3af',
			lineColor: '#c3c8d0',
			textColor: '#f3f4f6',
			clusterBkg: '#1f2128',
			clusterBorder: '#8b919c',
			edgeLabelBackground: '#17181c',
		},
	},
};
