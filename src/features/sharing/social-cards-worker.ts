/**
 * The worker thread of the social cards step (social-cards.ts): draws the cards of the pages it is
 * given and posts back how it went, and how long it took.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawCards } from './draw-cards.ts';

const { root, paths, cacheDir } = workerData as {
	root: string;
	paths: string[];
	cacheDir: string;
};
const start = performance.now();
const drawn = await drawCards(root, paths, cacheDir);
parentPort!.postMessage({ ...drawn, ms: performance.now() - start });
