import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { buildCacheDir } from '../../lib/build-cache.ts';
import type { CardsDrawn } from './draw-cards.ts';

const CARD_CACHE_DIR = buildCacheDir('cards');

/** A drawing under way on its worker thread, by build output folder, and when it started. */
const drawings = new Map<string, Promise<CardsDrawn & { ms: number }>>();

/** Runs social-cards-worker.ts on every HTML file under `root`, in a thread of its own. */
async function inThread(root: string): Promise<CardsDrawn & { ms: number }> {
	const paths = (await readdir(root, { recursive: true }))
		.filter((path) => path.endsWith('.html'))
		.map((path) => path.replace(/\\/g, '/'))
		.sort();
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./social-cards-worker.ts', import.meta.url), {
			workerData: { root, paths, cacheDir: CARD_CACHE_DIR },
		});
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0) reject(new Error(`social cards thread stopped with exit code ${code}`));
		});
	});
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Social cards for every page: a 1200×630 PNG at the path its `og:image` names, drawn without a
 * browser (satori and resvg, social-card-template.ts; draw-cards.ts), cached by content so a
 * rebuild draws only the changed ones.
 *
 * Two integrations. The first starts the drawing on a worker thread and returns, so the cards are
 * drawn beside the after-build steps between the two, which run on the main thread one after
 * another and leave the second core idle. It must come after every step that writes HTML (the
 * worker reads the pages' heads). The second waits for the drawing, and fails the build on a page
 * without an `og:image`, or whose card cannot be drawn as written (a character the card font
 * lacks), naming every such page.
 */
export function socialCards(): [AstroIntegration, AstroIntegration] {
	return [
		{
			name: 'asn:social-cards-start',
			hooks: {
				'astro:build:done': ({ dir }) => {
					const root = fileURLToPath(dir);
					const done = inThread(root);
					// Awaited by the second integration; a step between them may fail the build first.
					done.catch(() => {});
					drawings.set(root, done);
				},
			},
		},
		{
			name: 'asn:social-cards',
			hooks: {
				'astro:build:done': async ({ dir, logger }) => {
					const root = fileURLToPath(dir);
					const drawing = drawings.get(root);
					if (!drawing)
						throw new AstroError(
							'The social cards were never started.',
							"In astro.config.mjs, both of socialCards()'s integrations must be listed, the first one earlier.",
						);
					drawings.delete(root);
					const waitFrom = performance.now();
					const { rendered, problems, ms } = await drawing;
					if (problems.length > 0)
						throw new AstroError(
							`Social cards could not be made:\n${problems.join('\n')}`,
							"Every page needs <meta property=\"og:image\">: src/features/sharing/Head.astro adds it to Starlight's head (check that the Head override is still set in astro.config.mjs). A card's title and description must use characters the card font has (DejaVu Sans, Latin): change the page's title or description.",
						);
					logger.info(
						`social cards: ${rendered} rendered, the rest from cache (drawn in ${seconds(ms)} on a worker thread, beside the steps before this line; the build waited ${seconds(performance.now() - waitFrom)} for it)`,
					);
				},
			},
		},
	];
}
