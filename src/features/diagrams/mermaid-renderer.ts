import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createMermaidRenderer, type MermaidRenderer } from 'mermaid-isomorphic';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../lib/chromium.ts';
import { DIAGRAM_CACHE_DIR, withDiagramCache } from './diagram-cache.ts';
import { DIAGRAM_CONFIG } from './diagram-theme.ts';
import { optimizeSvg, SVGO_CONFIG, SVGO_VERSION } from './optimize-svg.ts';
import type { DiagramRenderer, SvgRenderer } from './diagram-types.ts';

/** The Mermaid version that renders the diagrams (part of every cache key). */
function mermaidVersion(): string {
	const require = createRequire(import.meta.url);
	const pkg = require.resolve('mermaid/package.json', {
		paths: [require.resolve('mermaid-isomorphic')],
	});
	return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

/**
 * Renders Mermaid in the project's Chromium through mermaid-isomorphic; Mermaid loads from
 * `node_modules`, never from a CDN. The browser starts on the first render and closes when idle.
 */
function createChromiumRenderer(): SvgRenderer {
	let renderer: Promise<MermaidRenderer> | undefined;
	return async (requests) => {
		renderer ??= chromiumLaunchOptions().then((launchOptions) =>
			createMermaidRenderer({ browserType: chromium, launchOptions }),
		);
		const render = await renderer;
		return Promise.all(
			requests.map(async (request) => {
				const [result] = await render([request.source], {
					prefix: request.id,
					mermaidConfig: DIAGRAM_CONFIG[request.theme],
				});
				if (result?.status === 'fulfilled') {
					const { svg, width, height } = result.value;
					return { svg: optimizeSvg(svg), width, height };
				}
				const reason: unknown = result?.reason;
				return { error: reason instanceof Error ? reason.message : String(reason) };
			}),
		);
	};
}

/** Counts of cached and freshly rendered diagrams in this process. */
export const diagramStats = { hits: 0, rendered: 0 };

/** The renderer the build uses: Chromium behind a content-addressed disk cache. */
export function createBuildRenderer(): DiagramRenderer {
	// SVGO's version and settings too: they change the cached drawing.
	const version = [mermaidVersion(), SVGO_VERSION, SVGO_CONFIG];
	return withDiagramCache(createChromiumRenderer(), {
		dir: DIAGRAM_CACHE_DIR,
		salt: (request) => JSON.stringify([version, DIAGRAM_CONFIG[request.theme]]),
		stats: diagramStats,
	});
}
