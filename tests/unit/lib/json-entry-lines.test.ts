import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fc } from '../../support/fast-check.ts';
import { findEntryLines } from '../../../src/lib/json-entry-lines.ts';

const space = fc.constantFrom('', ' ', '\n', '\n\t', ' \n  ', '\r\n');
const lines = (text: string) => text.split('\n').length;

/** A JSON array of objects and other values, written with random spacing, and where each piece landed. */
const jsonArray = fc
	.array(
		fc.oneof(
			fc.record({
				members: fc.array(fc.tuple(fc.string(), fc.jsonValue(), space, space), { maxLength: 5 }),
			}),
			// Objects come from `members`, whose key lines are known; anything else as written.
			fc.record({
				value: fc
					.jsonValue()
					.filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)),
			}),
		),
		{ maxLength: 6 },
	)
	.chain((entries) =>
		fc.tuple(fc.constant(entries), fc.array(space, { minLength: 2 * entries.length + 2 })),
	)
	.map(([entries, gaps]) => {
		let text = `${gaps[0]}[`;
		const expected: Array<{ line: number; keys: Map<string, number> }> = [];
		entries.forEach((entry, i) => {
			text += gaps[2 * i + 1];
			const found = { line: lines(text), keys: new Map<string, number>() };
			expected.push(found);
			if ('value' in entry) {
				text += JSON.stringify(entry.value, null, i % 3);
			} else {
				text += '{';
				entry.members.forEach(([key, value, a, b], k) => {
					text += `${k > 0 ? ',' : ''}${a}`;
					found.keys.set(key, lines(text));
					text += `${JSON.stringify(key)}${b}:${a}${JSON.stringify(value, null, k % 2 ? '\t' : 0)}${b}`;
				});
				text += '}';
			}
			text += `${gaps[2 * i + 2]}${i < entries.length - 1 ? ',' : ''}`;
		});
		return { text: `${text}]${gaps.at(-1)}`, expected };
	});

describe('findEntryLines', () => {
	test('finds the line of every entry and key of any JSON array, however it is spaced', () => {
		fc.assert(
			fc.property(jsonArray, ({ text, expected }) => {
				JSON.parse(text);
				assert.deepEqual(findEntryLines(text), expected);
			}),
		);
	});

	test('finds nothing when the top level is not an array', () => {
		fc.assert(
			fc.property(
				fc.jsonValue().filter((value) => !Array.isArray(value)),
				(value) => assert.deepEqual(findEntryLines(JSON.stringify(value, null, 2)), []),
			),
		);
	});

	test('reads strings with escaped quotes and brackets', () => {
		const text = '[\n  {"a\\"]": "}\\\\", "b": [1, {"c": "]"}]},\n  "x"\n]';
		assert.deepEqual(findEntryLines(text), [
			{
				line: 2,
				keys: new Map([
					['a"]', 2],
					['b', 2],
				]),
			},
			{ line: 3, keys: new Map() },
		]);
	});
});
