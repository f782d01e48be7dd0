import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import mermaid from 'mermaid';
import {
	checkDiagramType,
	MERMAID_DIAGRAM_TYPES,
} from '../../../src/features/diagrams/mermaid-diagram-types.ts';
import { fc } from '../../support/fast-check.ts';

// Registers Mermaid's diagrams; its type detection needs no browser.
mermaid.initialize({ startOnLoad: false });

/** Mermaid's id for the diagram a text starts, or undefined when it detects none. */
function detected(text: string): string | undefined {
	try {
		return mermaid.detectType(text);
	} catch {
		return undefined;
	}
}

const known = fc.constantFrom(...MERMAID_DIAGRAM_TYPES);
const space = fc.constantFrom('', ' ', '  ', '\t');
/** What may come before the type: blank lines, comments, a front-matter block, directives. */
const preamble = fc
	.array(
		fc.oneof(
			fc.constant(''),
			fc.stringMatching(/^[ \t]*%% [a-z ]{0,20}$/),
			fc.constant('%%{init: {"theme": "neutral"}}%%'),
			fc.constant('%%{\n  init: {\n    "theme": "dark"\n  }\n}%%'),
		),
		{ maxLength: 4 },
	)
	.chain((lines) =>
		fc
			.boolean()
			.map((config) => [
				...(config ? ['---', 'title: A diagram', 'config:', '  theme: base', '---'] : []),
				...lines,
			]),
	)
	.map((lines) => lines.join('\n'));

/** Where the type line lands after a preamble: 1 is the first line of the diagram. */
const lineAfter = (before: string) => (before ? before.split('\n').length + 1 : 1);

describe('MERMAID_DIAGRAM_TYPES', () => {
	test('every listed type is one the installed Mermaid detects', () => {
		for (const type of MERMAID_DIAGRAM_TYPES) {
			assert.ok(detected(`${type}\n`), `Mermaid does not detect "${type}"`);
		}
	});

	test('lists a type for every diagram the installed Mermaid registers', () => {
		const reachable = new Set(MERMAID_DIAGRAM_TYPES.map((type) => detected(`${type}\n`)));
		const registered = mermaid
			.getRegisteredDiagramsMetadata()
			.map(({ id }) => id)
			// Mermaid's stand-ins for an error and for a front-matter block it could not parse.
			.filter((id) => id !== 'error' && id !== '---');
		assert.deepEqual(
			registered.filter((id) => !reachable.has(id)),
			[],
			'diagrams Mermaid knows that no listed type starts',
		);
	});
});

describe('checkDiagramType', () => {
	test('accepts every known type, after any preamble and with any indent or arguments', () => {
		fc.assert(
			fc.property(
				preamble,
				space,
				known,
				fc.constantFrom('', ' TB', ' LR;', ':'),
				(before, indent, type, rest) => {
					const source = `${before ? `${before}\n` : ''}${indent}${type}${rest}\n  accTitle: T\n  A --> B`;
					assert.equal(checkDiagramType(source), undefined);
				},
			),
		);
	});

	test('rejects any other word at its line and column, naming it and listing the types', () => {
		const unknown = fc
			.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,15}$/)
			.filter(
				(word) =>
					!(MERMAID_DIAGRAM_TYPES as readonly string[]).includes(word) &&
					!/^(ishikawa(-beta)?|wardley-beta|railroad(-(ebnf|abnf|peg))?-beta)$/i.test(word),
			);
		fc.assert(
			fc.property(preamble, space, unknown, (before, indent, word) => {
				const source = `${before ? `${before}\n` : ''}${indent}${word} TB\n  A --> B`;
				const problem = checkDiagramType(source);
				assert.ok(problem, `accepted "${word}"`);
				assert.equal(problem.line, lineAfter(before));
				assert.equal(problem.column, indent.length + 1);
				assert.match(problem.problem, new RegExp(`^type "${word}" is unknown[;.] `));
				assert.match(problem.problem, /Known types: flowchart, graph, .*, railroad-peg-beta\.$/);
			}),
		);
	});

	test('suggests the type a one-letter slip was meant to be', () => {
		const slip = fc
			.tuple(
				fc.constantFrom(...MERMAID_DIAGRAM_TYPES.filter((type) => type.length >= 5)),
				fc.nat(),
				fc.constantFrom('drop', 'double', 'swap'),
			)
			.map(([type, at, kind]) => {
				const i = at % (type.length - 1);
				const word =
					kind === 'drop'
						? type.slice(0, i) + type.slice(i + 1)
						: kind === 'double'
							? type.slice(0, i) + type[i] + type.slice(i)
							: type.slice(0, i) + type[i + 1] + type[i] + type.slice(i + 2);
				return { type, word };
			})
			.filter(({ word }) => !(MERMAID_DIAGRAM_TYPES as readonly string[]).includes(word));
		fc.assert(
			fc.property(slip, ({ word }) => {
				const problem = checkDiagramType(`${word} TB`);
				assert.match(problem!.problem, /; did you mean "[^"]+"\? /);
			}),
		);
		assert.match(
			checkDiagramType('flowchat TB')!.problem,
			/^type "flowchat" is unknown; did you mean "flowchart"\? Known types: /,
		);
	});

	test('reads the type after a directive on the same line', () => {
		assert.equal(checkDiagramType('%%{init: {"theme": "dark"}}%% flowchart TB'), undefined);
		assert.deepEqual(
			{ ...checkDiagramType('%%{init: {}}%% flowchat TB'), problem: '' },
			{ line: 1, column: 16, problem: '' },
		);
	});

	test('names an empty diagram and an unclosed config block', () => {
		assert.match(checkDiagramType('\n%% only a comment\n')!.problem, /^has no diagram type: /);
		assert.equal(checkDiagramType('')!.line, 0);
		assert.deepEqual(checkDiagramType('---\ntitle: T\nflowchart TB'), {
			line: 1,
			column: 1,
			problem: 'starts a `---` config block that is never closed: end it with a line of `---`',
		});
	});
});
