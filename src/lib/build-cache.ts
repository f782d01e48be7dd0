import { rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * The folder where the build keeps `name` (rendered diagrams, social cards) between builds:
 * beside the installed packages, so that copies of the project built inside it (the negative
 * build tests, the scale bench) share one cache, and a fresh `npm ci` starts cold.
 */
export function buildCacheDir(name: string): string {
	const nodeModules = dirname(
		dirname(createRequire(import.meta.url).resolve('astro/package.json')),
	);
	return join(nodeModules, '.cache/aws-security-notes', name);
}

/** Writes started by this thread, so that each (with the process and thread ids) has a temporary file of its own. */
let writes = 0;

/**
 * Writes a cache file whole or not at all (a temporary file, then a rename), so that builds running
 * side by side, such as the bad-input build tests, never read a half-written entry. Two writes of
 * one entry at once (two pages with the same diagram) each rename their own temporary file.
 */
export async function writeCacheFile(path: string, data: string | Uint8Array): Promise<void> {
	const temporary = `${path}.${process.pid}.${threadId}.${++writes}.tmp`;
	await writeFile(temporary, data);
	await rename(temporary, path);
}
