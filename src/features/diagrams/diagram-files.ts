import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBuiltPages } from '../../lib/built-pages.ts';
import { DIAGRAM_CACHE_DIR, readCachedDiagram } from './diagram-cache.ts';
import { DIAGRAM_BACKGROUND } from './diagram-theme.ts';
import type { DiagramTheme } from './diagram-types.ts';
import { diagramStats } from './mermaid-renderer.ts';

const FULL_SIZE_LINK = /data-diagram-key="([0-9a-f]+)" data-diagram-for="(light|dark)"/g;

/**
 * Gives a standalone SVG its theme's background. Mermaid's root element already has a `style`
 * (its max-width); a second one would make the file invalid XML, which browsers refuse to show.
 */
export function withBackground(svg: string, color: string): string {
	return svg.replace(/^<svg\b[^>]*>/, (tag) =>
		/\sstyle="/.test(tag)
			? tag.replace(/\sstyle="/, ` style="background-color: ${color}; `)
			: tag.replace(/^<svg/, `<svg style="background-color: ${color}"`),
	);
}

/** Publishes each diagram the pages link to as a standalone, full-size SVG in `dist/_diagrams/`. */
export function diagramFiles(): AstroIntegration {
	return {
		name: 'asn:diagram-files',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const wanted = new Map<string, DiagramTheme>();
				for (const { html } of await readBuiltPages(root)) {
					for (const [, key, theme] of html.matchAll(FULL_SIZE_LINK)) {
						wanted.set(key!, theme as DiagramTheme);
					}
				}
				if (wanted.size === 0) return;
				await mkdir(join(root, '_diagrams'), { recursive: true });
				for (const [key, theme] of wanted) {
					const diagram = await readCachedDiagram(DIAGRAM_CACHE_DIR, key);
					if (!diagram)
						throw new Error(`Diagram ${key} is linked from a page but missing from the cache.`);
					const svg = withBackground(diagram.svg, DIAGRAM_BACKGROUND[theme]);
					await writeFile(join(root, '_diagrams', `${key}.svg`), svg);
				}
				logger.info(
					`${diagramStats.rendered} diagram(s) rendered, ${diagramStats.hits} from cache; ${wanted.size} full-size file(s) written`,
				);
			},
		},
	};
}
