/** The two colour schemes every diagram is rendered in, matching Starlight's `data-theme`. */
export const DIAGRAM_THEMES = ['light', 'dark'] as const;
export type DiagramTheme = (typeof DIAGRAM_THEMES)[number];

/** One diagram to render in one theme. */
export interface DiagramRequest {
	/** Mermaid source, without the fence. */
	source: string;
	theme: DiagramTheme;
	/** Prefix for the SVG's DOM ids, unique within the page. */
	id: string;
}

/** A diagram rendered to SVG. */
export interface RenderedSvg {
	svg: string;
	width: number;
	height: number;
}

/** Mermaid's error for a diagram it could not render. */
interface RenderError {
	error: string;
}

/** Renders diagrams; results come back in the order of the requests. */
export type SvgRenderer = (requests: DiagramRequest[]) => Promise<Array<RenderedSvg | RenderError>>;

/** A rendered diagram with the content key it is cached and published under. */
export type DiagramResult = (RenderedSvg & { key: string }) | RenderError;

/** What the Markdown plugin calls: a renderer whose results carry content keys. */
export type DiagramRenderer = (requests: DiagramRequest[]) => Promise<DiagramResult[]>;
