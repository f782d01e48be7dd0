/**
 * The words a Mermaid 11 diagram can start with, as Mermaid's own diagram registry (the detectors
 * in `mermaid/dist/mermaid.core.mjs`) and parsers accept them in mermaid 11.17. A unit test checks
 * each against the installed package, and that every diagram it registers is listed.
 */
export const MERMAID_DIAGRAM_TYPES = [
	'flowchart',
	'graph',
	'flowchart-elk',
	'sequenceDiagram',
	'classDiagram',
	'classDiagram-v2',
	'stateDiagram',
	'stateDiagram-v2',
	'erDiagram',
	'journey',
	'gantt',
	'pie',
	'quadrantChart',
	'requirementDiagram',
	'gitGraph',
	'C4Context',
	'C4Container',
	'C4Component',
	'C4Dynamic',
	'C4Deployment',
	'mindmap',
	'timeline',
	'sankey',
	'sankey-beta',
	'xychart',
	'xychart-beta',
	'block',
	'block-beta',
	'packet',
	'packet-beta',
	'architecture-beta',
	'kanban',
	'radar-beta',
	'treemap',
	'treemap-beta',
	'info',
	'swimlane-beta',
	'treeView-beta',
	'eventmodeling',
	'ishikawa',
	'ishikawa-beta',
	'venn-beta',
	'wardley-beta',
	'cynefin-beta',
	'railroad-beta',
	'railroad-ebnf-beta',
	'railroad-abnf-beta',
	'railroad-peg-beta',
] as const;

/** Types Mermaid's detectors match in any case; the others must be written as listed. */
const ANY_CASE = /^(ishikawa(-beta)?|wardley-beta|railroad(-(ebnf|abnf|peg))?-beta)$/i;

/** What is wrong with a diagram's type, and where. */
interface DiagramTypeProblem {
	/** Line in the diagram: 1 is the line after the opening fence, 0 the fence itself. */
	line: number;
	column: number;
	problem: string;
}

/** Levenshtein distance, for suggesting the type an author meant. */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
		}
		previous = current;
	}
	return previous[b.length]!;
}

/** The known type closest to `word`, if one is close enough to be what the author meant. */
function closestType(word: string): string | undefined {
	const lower = word.toLowerCase();
	let best: { type: string; distance: number } | undefined;
	for (const type of MERMAID_DIAGRAM_TYPES) {
		const known = type.toLowerCase();
		const distance =
			known.startsWith(lower) || lower.startsWith(known) ? 0.5 : editDistance(lower, known);
		if (!best || distance < best.distance) best = { type, distance };
	}
	return best && best.distance <= Math.max(2, Math.floor(word.length / 3)) ? best.type : undefined;
}

const known = new Set<string>(MERMAID_DIAGRAM_TYPES);
const isKnown = (word: string) => known.has(word) || ANY_CASE.test(word);

/**
 * Checks that a diagram starts with a type Mermaid knows, as Mermaid reads it: after blank lines,
 * an optional `---` front-matter block, `%%` comments and `%%{init: …}%%` directives (which may
 * span lines). Returns the problem and where it is, or `undefined` when the type is known.
 */
export function checkDiagramType(source: string): DiagramTypeProblem | undefined {
	const lines = source.split(/\r?\n/);
	let n = 0;
	while (n < lines.length && !lines[n]!.trim()) n++;
	if (lines[n]?.trim() === '---') {
		const end = lines.findIndex((line, i) => i > n && line.trim() === '---');
		if (end !== -1) n = end + 1;
	}
	// The type may follow a directive on the same line: `%%{init: …}%% flowchart TB`.
	let from = 0;
	for (; n < lines.length; n++, from = 0) {
		const line = lines[n]!;
		const at = line.search(/\S/);
		if (at === -1) continue;
		if (line.startsWith('%%{', at)) {
			// A directive may span lines; it ends at `}%%`.
			while (n < lines.length - 1 && !lines[n]!.includes('}%%')) n++;
			const close = lines[n]!.indexOf('}%%');
			if (close === -1) continue;
			from = close + 3;
			if (!lines[n]!.slice(from).trim() || lines[n]!.slice(from).trim().startsWith('%%')) continue;
			break;
		}
		if (line.startsWith('%%', at)) continue;
		break;
	}
	const list = `Known types: ${MERMAID_DIAGRAM_TYPES.join(', ')}.`;
	if (n >= lines.length) {
		return {
			line: 0,
			column: 1,
			problem: `has no diagram type: start it with one, such as \`flowchart TB\`. ${list}`,
		};
	}
	const text = lines[n]!;
	const column = text.slice(from).search(/\S/) + from;
	const rest = text.slice(column);
	const word = rest.match(/^[^\s:;{]+/)?.[0] ?? rest.split(/\s/)[0]!;
	if (isKnown(word)) return undefined;
	if (word.startsWith('---')) {
		return {
			line: n + 1,
			column: column + 1,
			problem: 'starts a `---` config block that is never closed: end it with a line of `---`',
		};
	}
	const suggestion = closestType(word);
	return {
		line: n + 1,
		column: column + 1,
		problem: `type "${word}" is unknown${suggestion ? `; did you mean "${suggestion}"?` : '.'} ${list}`,
	};
}
