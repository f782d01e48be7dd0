import { optimize, VERSION, type Config } from 'svgo';

/** The SVGO that optimises the drawings: part of the diagram cache key, with its settings. */
export const SVGO_VERSION = VERSION;

/**
 * SVGO settings for a diagram, applied to each theme's drawing alike before the two are merged:
 * numbers rounded to a tenth of a pixel, unused CSS rules and Mermaid's script-only data
 * attributes dropped, attributes tidied. Left off:
 * what would make the two drawings differ other than in colour or break the merge and its theme
 * rules: merging CSS rules (`restructure`), which joins rules whose values match in one theme
 * only, moving CSS into attributes (`inlineStyles`), and renaming ids (`cleanupIds`), which the
 * page's links and the theme rules use; and anything that changes which element a shape is or where
 * it sits, as Mermaid's own CSS selects by element.
 */
export const SVGO_CONFIG: Config = {
	multipass: true,
	floatPrecision: 1,
	plugins: [
		{
			name: 'preset-default',
			params: {
				overrides: {
					inlineStyles: false,
					cleanupIds: false,
					// Mermaid's CSS selects shapes and groups by element: `.cluster rect`, `.node polygon`,
					// `.label text`. These would turn a rect into a path or move what it selects.
					convertShapeToPath: false,
					convertEllipseToCircle: false,
					collapseGroups: false,
					mergePaths: false,
					moveElemsAttrsToGroup: false,
					moveGroupAttrsToElems: false,
					removeHiddenElems: false,
					minifyStyles: { restructure: false, usage: true },
				},
			},
		},
		// What only Mermaid's own script reads (the edges' points, base64 JSON, are most of it).
		{
			name: 'removeAttrs',
			params: { attrs: ['data-points', 'data-et', 'data-edge', 'data-id', 'data-look'] },
		},
	],
};

/** A rendered diagram, optimised by SVGO. */
export function optimizeSvg(svg: string): string {
	return optimize(svg, SVGO_CONFIG).data;
}
