/** Where one entry of a JSON array starts, and where each of its keys is (1-based lines). */
export interface EntryLines {
	/** Line of the entry's first character (`{` for an object). */
	line: number;
	/** Line of each key, when the entry is an object; a repeated key keeps its last line, as `JSON.parse` keeps its last value. */
	keys: Map<string, number>;
}

/**
 * Finds, in the text of a JSON array, the line of each entry and of each key of an entry, so that
 * an error can name the line of the field at fault, whatever the entry holds. Expects text that
 * `JSON.parse` accepts; returns `[]` when the top level is not an array.
 */
export function findEntryLines(text: string): EntryLines[] {
	const lineStarts = [0];
	for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
	const lineAt = (offset: number) => {
		let low = 0;
		let high = lineStarts.length - 1;
		while (low < high) {
			const mid = Math.ceil((low + high) / 2);
			if (lineStarts[mid]! <= offset) low = mid;
			else high = mid - 1;
		}
		return low + 1;
	};

	let pos = 0;
	const skipSpace = () => {
		while (pos < text.length && ' \t\n\r'.includes(text[pos]!)) pos++;
	};
	const readString = (): string => {
		const start = pos++;
		while (pos < text.length && text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1;
		pos++;
		return JSON.parse(text.slice(start, pos)) as string;
	};
	/** Reads the members of an object or array, calling `onKey` with each key's offset. */
	const readContainer = (close: string, onKey?: (key: string, offset: number) => void) => {
		pos++;
		for (skipSpace(); pos < text.length && text[pos] !== close; skipSpace()) {
			if (close === '}') {
				const offset = pos;
				const key = readString();
				onKey?.(key, offset);
				skipSpace();
				pos++; // the colon
			}
			readValue();
			skipSpace();
			if (text[pos] === ',') pos++;
		}
		pos++;
	};
	const readValue = () => {
		skipSpace();
		const char = text[pos];
		if (char === '"') readString();
		else if (char === '{') readContainer('}');
		else if (char === '[') readContainer(']');
		else while (pos < text.length && !' \t\n\r,]}'.includes(text[pos]!)) pos++;
	};

	skipSpace();
	if (text[pos] !== '[') return [];
	const entries: EntryLines[] = [];
	pos++;
	for (skipSpace(); pos < text.length && text[pos] !== ']'; skipSpace()) {
		const entry: EntryLines = { line: lineAt(pos), keys: new Map() };
		entries.push(entry);
		if (text[pos] === '{') readContainer('}', (key, offset) => entry.keys.set(key, lineAt(offset)));
		else readValue();
		skipSpace();
		if (text[pos] === ',') pos++;
	}
	return entries;
}
