import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** One HTML file of the build output, read and parsed. */
export interface BuiltPage {
	/** Path relative to `dist/`, with forward slashes. */
	path: string;
	html: string;
	/** The parsed document, with source positions (line and column in `dist/<path>`). */
	tree: Root;
}

const passes = new Map<string, Promise<BuiltPage[]>>();

async function listHtml(root: string): Promise<string[]> {
	return (await readdir(root, { recursive: true })).filter((p) => p.endsWith('.html')).sort();
}

async function readAndParse(root: string): Promise<BuiltPage[]> {
	return Promise.all(
		(await listHtml(root)).map(async (path) => {
			const html = await readFile(join(root, path), 'utf8');
			return { path: path.replace(/\\/g, '/'), html, tree: fromHtml(html) };
		}),
	);
}

/**
 * Every HTML file under the build output folder, in path order, read and parsed once per build:
 * the after-build integrations (diagram files, Markdown twins, security headers) share this pass.
 * So an integration that writes HTML must run before the first one that reads it;
 * {@link assertNoPagesAdded} catches one that does not.
 */
export function builtPages(root: string): Promise<BuiltPage[]> {
	let pass = passes.get(root);
	if (!pass) {
		pass = readAndParse(root);
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
