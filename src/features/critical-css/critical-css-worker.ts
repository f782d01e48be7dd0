/**
 * One worker thread of the critical CSS step (critical-css.ts): inlines the critical CSS of the
 * pages it is given and posts back how it went.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { inlineCriticalCss } from './inline-critical.ts';

const { root, publicPath, paths } = workerData as {
	root: string;
	publicPath: string;
	paths: string[];
};
parentPort!.postMessage(await inlineCriticalCss(root, publicPath, paths));
