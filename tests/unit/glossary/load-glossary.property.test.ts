import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { after, describe, test } from 'node:test';
import { fc } from '../../support/fast-check.ts';
import { loadGlossary } from '../../../src/features/glossary/load-glossary.ts';
import { testSite } from '../../support/unit-site.ts';
import { removeTempDirs, writeTempJson } from '../../support/temp-files.ts';

const site = testSite();
const targets = [...site].flatMap(([slug, page]) => page.headings.map((h) => `${slug}#${h.id}`));
const FIELDS = ['id', 'term', 'acronym', 'aliases', 'definition', 'target', 'seeAlso', 'autolink'];
const REQUIRED = ['id', 'term', 'definition', 'target'];
type Entry = Record<string, unknown>;

const word = fc.stringMatching(/^[a-z][a-z0-9]{1,7}$/);
const id = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join('-'));

/** A valid entry for `id`; its names embed the id, so names never clash between entries. */
const entry = (entryId: string, others: string[]) =>
	fc
		.record(
			{
				acronym: fc.constant(`ACR-${entryId.toUpperCase()}`),
				aliases: fc
					.integer({ min: 0, max: 3 })
					.map((n) => Array.from({ length: n }, (_, k) => `alias ${k} of ${entryId}`)),
				words: fc.array(word, { minLength: 1, maxLength: 16 }),
				target: fc.constantFrom(...targets),
				seeAlso: fc.subarray(others),
				autolink: fc.boolean(),
			},
			{ requiredKeys: ['words', 'target'] },
		)
		.map(({ words, ...rest }): Entry => ({
			id: entryId,
			term: `Term ${entryId}`,
			definition: `The term ${entryId} means, in exactly one sentence, ${words.join(' ')}.`,
			...rest,
		}));

/** A valid glossary of `min` or more entries, with unique ids. */
const glossary = (min = 1) =>
	fc.uniqueArray(id, { minLength: min, maxLength: 6 }).chain((ids) =>
		fc.tuple(
			...ids.map((one) =>
				entry(
					one,
					ids.filter((o) => o !== one),
				),
			),
		),
	);

/** A JSON value that is not of the field's type. */
function wrongValue(field: string) {
	const scalar = fc.oneof(
		fc.integer(),
		fc.double({ noNaN: true, noDefaultInfinity: true }),
		fc.boolean(),
		fc.constant(null),
	);
	const object = fc.dictionary(word, fc.integer(), { maxKeys: 2 });
	if (field === 'aliases' || field === 'seeAlso') {
		return fc.oneof(fc.string(), scalar, object, fc.array(scalar, { minLength: 1, maxLength: 2 }));
	}
	if (field === 'autolink') {
		return fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.boolean()), object);
	}
	return fc.oneof(scalar, object, fc.array(fc.string(), { maxLength: 2 }));
}

/** A glossary with one mistake, the entry and field at fault, and the problem the error must state. */
interface Broken {
	entries: unknown[];
	index: number;
	field: string | undefined;
	problem: string;
}

const pick = (entries: unknown[]) => fc.integer({ min: 0, max: entries.length - 1 });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const wrongType = glossary().chain((base) =>
	fc.record({ index: pick(base), field: fc.constantFrom(...FIELDS) }).chain(({ index, field }) =>
		wrongValue(field).map((value): Broken => {
			const entries: Entry[] = structuredClone(base);
			entries[index]![field] = value;
			return { entries, index, field, problem: `must be ` };
		}),
	),
);

const missingField = glossary().chain((base) =>
	fc
		.record({ index: pick(base), field: fc.constantFrom(...REQUIRED) })
		.map(({ index, field }): Broken => {
			const entries: Entry[] = structuredClone(base);
			delete entries[index]![field];
			return { entries, index, field, problem: 'is missing: add ' };
		}),
);

const duplicateId = glossary(2).chain((base) =>
	fc
		.integer({ min: 1, max: base.length - 1 })
		.chain((later) => fc.record({ later: fc.constant(later), first: fc.nat(later - 1) }))
		.map(({ later, first }): Broken => {
			const entries: Entry[] = structuredClone(base);
			const taken = entries[first]!.id as string;
			entries[later]!.id = taken;
			return {
				entries,
				index: later,
				field: 'id',
				problem: `duplicate id "${taken}", already the id of entry ${first + 1}: give each entry its own id`,
			};
		}),
);

const danglingTarget = glossary().chain((base) =>
	fc
		.record({
			index: pick(base),
			page: fc.constantFrom(...site.keys(), 'no-such-page'),
			fragment: id,
		})
		.filter(({ page, fragment }) => !targets.includes(`${page}#${fragment}`))
		.map(({ index, page, fragment }): Broken => {
			const entries: Entry[] = structuredClone(base);
			entries[index]!.target = `${page}#${fragment}`;
			return {
				entries,
				index,
				field: 'target',
				problem: `"${page}#${fragment}" is not a page section of this site: ${page === 'no-such-page' ? 'there is no page' : `"${page}" has no heading`}`,
			};
		}),
);

const seeAlsoToNothing = glossary().chain((base) =>
	fc
		.record({
			index: pick(base),
			ghost: id.filter((ghost) => !base.some((e) => e.id === ghost)),
		})
		.map(({ index, ghost }): Broken => {
			const entries: Entry[] = structuredClone(base);
			const one = entries[index]!;
			one.seeAlso = [...((one.seeAlso as string[] | undefined) ?? []), ghost];
			return {
				entries,
				index,
				field: 'seeAlso',
				problem: `see-also "${ghost}" is not a glossary id: use the id of an existing entry, or remove it`,
			};
		}),
);

const unknownField = glossary().chain((base) =>
	fc
		.record({
			index: pick(base),
			key: word.filter((key) => !FIELDS.includes(key)),
			value: fc.jsonValue(),
		})
		.map(({ index, key, value }): Broken => {
			const entries: Entry[] = structuredClone(base);
			entries[index]![key] = value;
			return { entries, index, field: key, problem: 'is not a glossary field: remove it' };
		}),
);

const notAnObject = glossary().chain((base) =>
	fc
		.record({ index: pick(base), value: wrongValue('id') })
		.filter(({ value }) => typeof value !== 'object' || value === null || Array.isArray(value))
		.map(({ index, value }): Broken => {
			const entries: Entry[] = structuredClone(base);
			(entries as unknown[])[index] = value;
			return { entries, index, field: undefined, problem: 'must be an object with id, term' };
		}),
);

/**
 * The line an error must name, found in the text as `JSON.stringify(…, null, 2)` lays it out:
 * entries start at an indent of two spaces, their keys at four. The field's line, else the id's,
 * else the entry's first line.
 */
function expectedLine(text: string, index: number, field: string | undefined): number {
	const lines = text.split('\n');
	const starts = lines.flatMap((line, n) => (/^ {2}[^ \]}]/.test(line) ? [n] : []));
	const start = starts[index]!;
	const end = starts[index + 1] ?? lines.length;
	const keyLine = (key: string) =>
		lines.slice(start, end).findIndex((line) => line.startsWith(`    ${JSON.stringify(key)}:`));
	for (const key of [field, 'id']) {
		const found = key === undefined ? -1 : keyLine(key);
		if (found !== -1) return start + found + 1;
	}
	return start + 1;
}

/** The error loadGlossary throws for a file, with the file's text. */
async function failureOf(entries: unknown) {
	const file = await writeTempJson('glossary.json', entries);
	const text = JSON.stringify(entries, null, 2);
	try {
		loadGlossary(site, file);
	} catch (error) {
		return { name: relative(process.cwd(), file), text, message: (error as Error).message };
	}
	throw new Error(`loadGlossary accepted ${text}`);
}

describe('loadGlossary, given generated glossaries', () => {
	after(removeTempDirs);

	test('loads every valid glossary, with defaults filled in', async () => {
		await fc.assert(
			fc.asyncProperty(glossary(), async (entries) => {
				const loaded = loadGlossary(site, await writeTempJson('glossary.json', entries));
				assert.deepEqual(
					loaded,
					entries.map((e) => ({ aliases: [], seeAlso: [], autolink: true, ...e })),
				);
			}),
		);
	});

	const cases = {
		'a field of the wrong type': wrongType,
		'a missing required field': missingField,
		'a duplicated id': duplicateId,
		'a target whose page or heading does not exist': danglingTarget,
		'a seeAlso to no entry': seeAlsoToNothing,
		'a field the schema does not know': unknownField,
		'an entry that is not an object': notAnObject,
	};
	for (const [name, broken] of Object.entries(cases)) {
		test(`rejects ${name} with file:line: entry: field: what is wrong`, async () => {
			await fc.assert(
				fc.asyncProperty(broken, async ({ entries, index, field, problem }) => {
					const { name: file, text, message } = await failureOf(entries);
					const raw = entries[index] as Entry | null;
					const label =
						typeof raw?.['id'] === 'string' && raw['id'].trim() ? raw['id'] : `entry ${index + 1}`;
					const line = expectedLine(text, index, field);
					const place = `${escape(file)}:${line}: ${escape(label)}: ${field ? `${escape(field)}(\\.\\d+)?` : 'entry'}: `;
					assert.match(message, new RegExp(`^${place}${escape(problem)}`, 'm'));
					// A mistake outside the id is reported at that field only, and nowhere else.
					if (field !== undefined && field !== 'id') {
						const reported = message.split('\n').filter((line) => line.startsWith(`${file}:`));
						for (const line of reported) assert.match(line, new RegExp(`^${place}`));
						// One problem per field: a list in a text field is not also "too short".
						const fields = reported.map((line) => line.split(': ').slice(0, 3).join(': '));
						assert.equal(new Set(fields).size, fields.length, reported.join('\n'));
					}
					// Every problem reported names a line that exists in the file.
					const count = text.split('\n').length;
					for (const [, n] of message.matchAll(new RegExp(`^${escape(file)}:(\\d+): `, 'gm'))) {
						assert.ok(Number(n) >= 1 && Number(n) <= count, `line ${n} of ${count}`);
					}
				}),
			);
		});
	}

	test('rejects a file that is not a list of entries, at line 1', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.jsonValue().filter((value) => !Array.isArray(value)),
				async (value) => {
					const { name, message } = await failureOf(value);
					assert.match(
						message,
						new RegExp(`^${escape(name)}:1: must be a JSON array of entries`, 'm'),
					);
				},
			),
		);
	});
});
