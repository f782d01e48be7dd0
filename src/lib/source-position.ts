import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Point } from 'unist';
import type { VFile } from 'vfile';

/** Reads a page's original text from disk; `undefined` when there is no such file. */
export function readSourceFile(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
}

/**
 * How many lines Astro removed from the top of a page before remark saw it. Astro hands `.md`
 * bodies to remark without their frontmatter, so node positions start after it; `.mdx` keeps them
 * (https://github.com/withastro/astro/pull/11717 restored the lines for MDX only, after
 * https://github.com/withastro/astro/issues/11707).
 */
export function removedLeadingLines(file: VFile, original: string | undefined): number {
	if (original === undefined) return 0;
	const body = String(file.value);
	const trimmed = body.trimStart();
	const at = original.indexOf(trimmed.slice(0, 200));
	if (at === -1) return 0;
	const newlines = (text: string) => text.split('\n').length - 1;
	return newlines(original.slice(0, at)) - newlines(body.slice(0, body.length - trimmed.length));
}

/**
 * Stops the build at a place in a page: `path:line:column: message`, with the location in the
 * message itself so it survives every caller's log format.
 */
export function failAt(file: VFile, point: Point, message: string, lineOffset = 0): never {
	const place = { line: point.line + lineOffset, column: point.column };
	const path = relative(file.cwd, file.path || 'unknown file');
	return file.fail(`${path}:${place.line}:${place.column}: ${message}`, { place });
}

/** Fails the build at a point of a page's original source, or at its line 1 when there is none. */
export type SourceFail = (point: Point | undefined, message: string) => never;

/**
 * The `fail` of a remark plugin that reports problems at their place in the page's source:
 * lines the loader removed before the plugin saw the page are counted back in.
 */
export function sourceFail(
	file: VFile,
	readSource?: (path: string) => string | undefined,
): SourceFail {
	const offset = removedLeadingLines(file, readSource?.(file.path));
	return (point, message) => failAt(file, point ?? { line: 1, column: 1 }, message, offset);
}
