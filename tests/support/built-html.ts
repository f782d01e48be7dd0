import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { CONTINUE, SKIP, visitParents } from 'unist-util-visit-parents';

const DIST = new URL('../../dist/', import.meta.url);

/** Parses a page's HTML as a browser would, into a hast tree that keeps source positions. */
export function parseHtml(html: string): Root {
	return fromHtml(html);
}

/** Parses a built page in `dist/`: `path` is relative to the site root, '' for the home page. */
export function parseBuiltPage(path: string, dist: URL = DIST): Root {
	return parseHtml(readFileSync(new URL(`${path ? `${path}/` : ''}index.html`, dist), 'utf8'));
}

/** The elements under `tree` in document order; only those named `tagNames`, if any are given. */
export function findElements(tree: Root | Element, ...tagNames: string[]): Element[] {
	const found: Element[] = [];
	visit(tree, 'element', (node) => {
		if (tagNames.length === 0 || tagNames.includes(node.tagName)) found.push(node);
	});
	return found;
}

/** Every `id` on the page, in document order. */
export function collectIds(tree: Root): string[] {
	return findElements(tree).flatMap((element) => {
		const id = element.properties['id'];
		return typeof id === 'string' ? [id] : [];
	});
}

/** Whether a space-separated attribute such as `rel` holds `token`. */
export function hasToken(element: Element, property: string, token: string): boolean {
	const value = element.properties[property];
	return Array.isArray(value) ? value.includes(token) : value === token;
}

/** What stands between an element's start and end tags, exactly as written in `html`. */
export function readInnerSource(element: Element, html: string): string {
	if (element.children.length === 0) return '';
	const first = element.children[0]!.position?.start.offset;
	const last = element.children.at(-1)!.position?.end.offset;
	if (first === undefined || last === undefined)
		throw new Error(`<${element.tagName}> has no source position; parse it with parseHtml`);
	return html.slice(first, last);
}

/** A place in a page's source: 1-based line and column. */
export interface SourcePoint {
	line: number;
	column: number;
}

const before = (a: SourcePoint, b: SourcePoint) =>
	a.line < b.line || (a.line === b.line && a.column < b.column);

/**
 * The innermost element whose markup holds `point`, after its ancestors: for a point inside a
 * start tag (an attribute, say), that element. Empty when the point is outside every element.
 */
export function elementPathAt(tree: Root, point: SourcePoint): Element[] {
	let path: Element[] = [];
	visitParents(tree, 'element', (node, ancestors) => {
		const { position } = node;
		// Elements the parser made up (a reopened formatting element) have no position of their own.
		if (!position) return CONTINUE;
		if (before(point, position.start) || !before(point, position.end)) return SKIP;
		path = [...ancestors.filter((parent) => parent.type === 'element'), node];
		return CONTINUE;
	});
	return path;
}
