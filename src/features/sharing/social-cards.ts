import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { buildCacheDir } from '../../lib/build-cache.ts';
import type { CardsDrawn } from './draw-cards.ts';

const CARD_CACHE_DIR = buildCacheDir('cards');

/** A drawing under way on its worker thread, by build output folder, and when it started. */
const drawings = new Map<string, Promise<Drawn>>();

type Drawn = CardsDrawn & { ms: number };

/**
 * Runs social-cards-worker.ts on every HTML file under `root`, in a thread of its own: `read`
 * settles once it has read every page's card (to the pages without one), `done` once it has drawn
 * them.
 */
async function inThread(root: string): Promise<{ read: Promise<string[]>; done: Promise<Drawn> }> {
	const paths = (await readdir(root, { recursive: true }))
		.filter((path) => path.endsWith('.html'))
		.map((path) => path.replace(/\\/g, '/'))
		.sort();
	const worker = new Worker(new URL('./social-cards-worker.ts', import.meta.url), {
		workerData: { root, paths, cacheDir: CARD_CACHE_DIR },
	});
	const failed = new Promise<never>((_, reject) => {
		worker.once('error', reject);
		// After the messages it posted before it stopped, which settle the promises first.
		worker.once('exit', (code) =>
			setImmediate(() =>
				reject(new Error(`social cards thread stopped (exit code ${code}) before it was done`)),
			),
		);
	});
	failed.catch(() => {});
	let read: (problems: string[]) => void = () => {};
	let drawn: (result: Drawn) => void = () => {};
	worker.on('message', (message: { read?: string[]; drawn?: Drawn }) => {
		if (message.read) read(message.read);
		if (message.drawn) drawn(message.drawn);
	});
	const result = {
		read: Promise.race([new Promise<string[]>((resolve) => (read = resolve)), failed]),
		done: Promise.race([new Promise<Drawn>((resolve) => (drawn = resolve)), failed]),
	};
	// Each is awaited by one of the two integrations; a step between them may fail the build first.
	result.done.catch(() => {});
	return result;
}

/** The build error for pages whose card cannot be made. */
const cardProblems = (problems: string[]) =>
	new AstroError(
		`Social cards could not be made:\n${problems.join('\n')}`,
		"Every page needs <meta property=\"og:image\">: src/features/sharing/Head.astro adds it to Starlight's head (check that the Head override is still set in astro.config.mjs). A card's title and description must use characters the card font has (DejaVu Sans, Latin): change the page's title or description.",
	);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Social cards for every page: a 1200×630 PNG at the path its `og:image` names, drawn without a
 * browser (satori and resvg, social-card-template.ts; draw-cards.ts), cached by content so a
 * rebuild draws only the changed ones.
 *
 * Two integrations. The first starts the worker thread, and waits only for it to read every
 * page's head: a page without an `og:image` fails the build there, before a later step can fail on
 * the same cause (a missing Head override), naming every page whose card cannot be made. Then it
 * returns, and the cards are drawn beside the after-build steps between the two, which run on the
 * main thread one after another and leave the second core idle. It must come after every step that
 * writes HTML. The second waits for the drawing, and fails the build on a card that cannot be drawn
 * as written (a character the card font lacks), naming every such page.
 */
export function socialCards(): [AstroIntegration, AstroIntegration] {
	return [
		{
			name: 'asn:social-cards-start',
			hooks: {
				'astro:build:done': async ({ dir }) => {
					const root = fileURLToPath(dir);
					const { read, done } = await inThread(root);
					// Reading the pages' heads is quick: a page without a card fails here, before the
					// steps after this one can fail on the same cause (a missing Head override).
					// With the cards that cannot be drawn, so that the build names every page at once.
					const problems = await read;
					if (problems.length > 0)
						throw cardProblems([...problems, ...(await done).problems].sort());
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
					if (problems.length > 0) throw cardProblems(problems);
					logger.info(
						`social cards: ${rendered} rendered, the rest from cache (drawn in ${seconds(ms)} on a worker thread, beside the steps before this line; the build waited ${seconds(performance.now() - waitFrom)} for it)`,
					);
				},
			},
		},
	];
}
