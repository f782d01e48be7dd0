import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One HTML file of the build output: its path relative to `dist/`, and its text. */
export interface BuiltPage {
	path: string;
	html: string;
}

/** Every HTML file under the build output folder, in path order. */
export async function readBuiltPages(root: string): Promise<BuiltPage[]> {
	const paths = (await readdir(root, { recursive: true }))
		.filter((p) => p.endsWith('.html'))
		.sort();
	return Promise.all(
		paths.map(async (path) => ({ path, html: await readFile(join(root, path), 'utf8') })),
	);
}
