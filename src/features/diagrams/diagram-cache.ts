import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCacheDir, writeCacheFile } from '../../lib/build-cache.ts';
import type {
	DiagramRenderer,
	DiagramRequest,
	DiagramResult,
	RenderedSvg,
	SvgRenderer,
} from './diagram-types.ts';

/**
 * Where rendered diagrams are kept between builds: beside the installed packages, so that copies of
 * the project built inside it (the negative build tests) share one cache.
 */
export const DIAGRAM_CACHE_DIR = buildCacheDir('diagrams');

export interface DiagramCacheOptions {
	/** Folder holding one `<key>.json` per rendered diagram. */
	dir: string;
	/** Anything besides the request that changes the output: Mermaid's version, the theme config. */
	salt: (request: DiagramRequest) => string;
	/** Counts cache hits and renders, for logs and the benchmark. */
	stats?: { hits: number; rendered: number };
}

/** Content key of a request: its source, theme, id and salt. */
function diagramKey(request: DiagramRequest, salt: string): string {
	return createHash('sha256')
		.update(JSON.stringify([request.source, request.theme, request.id, salt]))
		.digest('hex')
		.slice(0, 20);
}

/** Reads a cached diagram, or `undefined` when it was never rendered. */
export async function readCachedDiagram(
	dir: string,
	key: string,
): Promise<RenderedSvg | undefined> {
	try {
		return JSON.parse(await readFile(join(dir, `${key}.json`), 'utf8')) as RenderedSvg;
	} catch {
		return undefined;
	}
}

/**
 * Wraps a renderer with a content-addressed disk cache: only requests never rendered before reach
 * `render`, so a rebuild with unchanged diagrams never calls it (and never starts a browser).
 */
export function withDiagramCache(
	render: SvgRenderer,
	options: DiagramCacheOptions,
): DiagramRenderer {
	return async (requests) => {
		const keys = requests.map((request) => diagramKey(request, options.salt(request)));
		const results: Array<DiagramResult | undefined> = await Promise.all(
			keys.map(async (key) => {
				const cached = await readCachedDiagram(options.dir, key);
				return cached && { ...cached, key };
			}),
		);
		const missing = requests.flatMap((request, index) =>
			results[index] ? [] : [{ request, index }],
		);
		if (options.stats) {
			options.stats.hits += requests.length - missing.length;
			options.stats.rendered += missing.length;
		}
		if (missing.length > 0) {
			const rendered = await render(missing.map(({ request }) => request));
			await mkdir(options.dir, { recursive: true });
			await Promise.all(
				missing.map(async ({ index }, i) => {
					const result = rendered[i]!;
					const key = keys[index]!;
					if ('svg' in result) {
						await writeCacheFile(join(options.dir, `${key}.json`), JSON.stringify(result));
						results[index] = { ...result, key };
					} else {
						results[index] = result;
					}
				}),
			);
		}
		return results as DiagramResult[];
	};
}
