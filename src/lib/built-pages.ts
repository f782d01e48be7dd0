import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** One HTML file of the build output, read. */
export interface BuiltPage {
	/** Path relative to `dist/`, with forward slashes. */
	path: string;
	html: string;
}

/**
 * A built page's document, parsed anew on each call, with source positions (line and column in
 * `dist/<path>`). Parse a page when a step comes to it and let the tree go: a thousand pages'
 * trees held at once made garbage collection most of the after-build steps' time.
 */
export function parsePage(page: BuiltPage): Root {
	return fromHtml(page.html);
}

const passes = new Map<string, Promise<BuiltPage[]>>();

async function listHtml(root: string): Promise<string[]> {
	return (await readdir(root, { recursive: true })).filter((p) => p.endsWith('.html')).sort();
}

async function readAll(root: string): Promise<BuiltPage[]> {
	return Promise.all(
		(await listHtml(root)).map(async (path) => ({
			path: path.replace(/\\/g, '/'),
			html: await readFile(join(root, path), 'utf8'),
		})),
	);
}

/**
 * Every HTML file under the build output folder, in path order, read once per build: the
 * after-build integrations (diagram files, Markdown twins, security headers) share this pass, and
 * parse each page as they come to it ({@link parsePage}).
 * So an integration that writes HTML must run before the first one that reads it;
 * {@link assertNoPagesAdded} catches one that does not.
 */
export function builtPages(root: string): Promise<BuiltPage[]> {
	let pass = passes.get(root);
	if (!pass) {
		pass = readAll(root);
		passes.set(root, pass);
	}
	return pass;
}

/**
 * Throws if HTML files appeared under `root` after the shared pass read it: their pages would have
 * been left out of the checks and hashes that ran on the pass.
 */
export async function assertNoPagesAdded(root: string): Promise<void> {
	const read = new Set((await builtPages(root)).map((page) => page.path));
	const added = (await listHtml(root)).filter((path) => !read.has(path.replace(/\\/g, '/')));
	if (added.length > 0)
		throw new AstroError(
			`${added.length} HTML file(s) were written after the built pages were read: ${added.slice(0, 3).join(', ')}`,
			'In astro.config.mjs, move the integration that writes them before the first one that reads dist/.',
		);
}
