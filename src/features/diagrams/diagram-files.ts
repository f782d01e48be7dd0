import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { selectAll } from 'hast-util-select';
import { builtPages } from '../../lib/built-pages.ts';
import { DIAGRAM_CACHE_DIR, readCachedDiagram } from './diagram-cache.ts';
import { DIAGRAM_BACKGROUND } from './diagram-theme.ts';
import { DIAGRAM_THEMES, type DiagramTheme } from './diagram-types.ts';
import { diagramStats } from './mermaid-renderer.ts';

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

const isTheme = (value: string): value is DiagramTheme =>
	(DIAGRAM_THEMES as readonly string[]).includes(value);

/** Publishes each diagram the pages link to as a standalone, full-size SVG in `dist/_diagrams/`. */
export function diagramFiles(): AstroIntegration {
	return {
		name: 'asn:diagram-files',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const wanted = new Map<string, DiagramTheme>();
				for (const { html, tree } of await builtPages(root)) {
					// Most pages have no diagram: only a page that names the attribute is searched.
					if (!html.includes('data-diagram-key')) continue;
					for (const link of selectAll('[data-diagram-key][data-diagram-for]', tree)) {
						const theme = String(link.properties['dataDiagramFor']);
						if (!isTheme(theme)) continue;
						wanted.set(String(link.properties['dataDiagramKey']), theme);
					}
				}
				if (wanted.size === 0) return;
				await mkdir(join(root, '_diagrams'), { recursive: true });
				for (const [key, theme] of wanted) {
					const diagram = await readCachedDiagram(DIAGRAM_CACHE_DIR, key);
					if (!diagram)
						throw new AstroError(
							`Diagram ${key} is linked from a page but missing from the diagram cache (${DIAGRAM_CACHE_DIR}).`,
							'The cache was cleared during the build. Run the build again.',
						);
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
