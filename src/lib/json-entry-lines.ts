import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

/** Where one entry of a JSON array starts, and where each of its keys is (1-based lines). */
export interface EntryLines {
	/** Line of the entry's first character (`{` for an object). */
	line: number;
	/** Line of each key, when the entry is an object; a repeated key keeps its last line, as `JSON.parse` keeps its last value. */
	keys: Map<string, number>;
}

/**
 * Finds, in the text of a JSON array, the line of each entry and of each key of an entry, so that
 * an error about a data file can name the line of the field at fault. Expects text that
 * `JSON.parse` accepts; returns `[]` when the top level is not an array.
 */
export function findEntryLines(text: string): EntryLines[] {
	const lineAt = lineFinder(text);
	const root = parseTree(text);
	if (root?.type !== 'array') return [];
	return (root.children ?? []).map((entry) => {
		const keys = new Map<string, number>();
		if (entry.type === 'object') {
			for (const property of entry.children ?? []) {
				const key = property.children?.[0];
				if (key?.type === 'string') keys.set(String(key.value), lineAt(key.offset));
			}
		}
		return { line: lineAt(entry.offset), keys };
	});
}

/** A function from a character offset in `text` to its 1-based line. */
function lineFinder(text: string): (offset: number) => number {
	const lineStarts = [0];
	for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
	return (offset) => {
		let low = 0;
		let high = lineStarts.length - 1;
		while (low < high) {
			const mid = Math.ceil((low + high) / 2);
			if (lineStarts[mid]! <= offset) low = mid;
			else high = mid - 1;
		}
		return low + 1;
	};
}

/**
 * The line of the value at `path` in a JSON text (`['rows', 2, 'cells']`), or of the closest
 * part of the path that is written: the line an error about that field should name. A key's line
 * is that of the key, so a value on the next line still points at its field.
 */
export function lineOfPath(text: string, path: PropertyKey[]): number {
	const lineAt = lineFinder(text);
	const root = parseTree(text);
	if (!root) return 1;
	for (let length = path.length; length > 0; length--) {
		const segments = path
			.slice(0, length)
			.map((part) => (typeof part === 'number' ? part : String(part)));
		const node: Node | undefined = findNodeAtLocation(root, segments);
		if (!node) continue;
		const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
		return lineAt((key ?? node).offset);
	}
	return lineAt(root.offset);
}
