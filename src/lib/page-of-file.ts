import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { slugOf } from './site-index.ts';

/** Slug of the page a file renders, or `undefined` when the file is not under the docs folder. */
export function pageOfFile(file: VFile, docsDir: string): string | undefined {
	if (!file.path) return undefined;
	const path = relative(docsDir, file.path);
	if (path.startsWith('..') || !/\.mdx?$/.test(path)) return undefined;
	return slugOf(path);
}
