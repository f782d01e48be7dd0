/**
 * The worker thread of the social cards step (social-cards.ts): reads the cards of the pages it
 * is given and posts back the pages without one, then draws the others and posts back how it went, and
 * how long that took.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawCards, readCards } from './draw-cards.ts';

const { root, paths, cacheDir } = workerData as {
	root: string;
	paths: string[];
	cacheDir: string;
};
const start = performance.now();
const { jobs, problems } = await readCards(root, paths);
parentPort!.postMessage({ read: problems });
const drawn = await drawCards(root, jobs, cacheDir);
parentPort!.postMessage({ drawn: { ...drawn, ms: performance.now() - start } });
