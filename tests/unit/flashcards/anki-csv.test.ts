import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvField, toAnkiCsv } from '../../../src/features/flashcards/anki-csv.ts';
import type { Flashcard } from '../../../src/features/flashcards/card.ts';

/** A small RFC 4180 reader: records of fields, quotes and doubled quotes, line breaks in quotes. */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let field = '';
	let record: string[] = [];
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') ((field += '"'), i++);
			else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') (record.push(field), (field = ''));
		else if (char === '\n') (record.push(field), records.push(record), (record = []), (field = ''));
		else field += char;
	}
	if (field || record.length) (record.push(field), records.push(record));
	return records;
}

const card = (fields: Partial<Flashcard>): Flashcard => ({
	id: 'scp:definition',
	entry: 'scp',
	direction: 'definition',
	front: 'Service control policy',
	back: 'A policy.',
	topic: 'organizations',
	glossaryPath: '/notes/glossary/#scp',
	sectionPath: '/notes/organizations/#service-control-policies-scps',
	sectionLabel: 'x',
	...fields,
});

test('fields with commas, quotes, line breaks or edge spaces are quoted; others are not', () => {
	assert.equal(csvField('plain text'), 'plain text');
	assert.equal(csvField('a, b'), '"a, b"');
	assert.equal(csvField('say "hi"'), '"say ""hi"""');
	assert.equal(csvField('two\nlines'), '"two\nlines"');
	assert.equal(csvField(' lead'), '" lead"');
	assert.equal(csvField('#not a header'), '"#not a header"');
});

test('the file starts with Anki headers and holds one row per card that reads back the same', () => {
	const tricky = [
		card({}),
		card({
			id: 'scp:acronym',
			direction: 'acronym',
			front: 'SCP',
			back: 'Service "control", policy\non two lines',
		}),
	];
	const csv = toAnkiCsv(tricky, 'https://notes.example');
	const lines = csv.split('\n');
	assert.deepEqual(lines.slice(0, 6), [
		'#separator:Comma',
		'#html:false',
		'#columns:GUID,Front,Back,Section,Glossary,Tags',
		'#guid column:1',
		'#tags column:6',
		'#deck:AWS Security Notes',
	]);
	const rows = parseCsv(lines.slice(6).join('\n'));
	assert.deepEqual(rows, [
		[
			'asn-scp-definition',
			'Service control policy',
			'A policy.',
			'https://notes.example/notes/organizations/#service-control-policies-scps',
			'https://notes.example/notes/glossary/#scp',
			'aws-security-notes organizations',
		],
		[
			'asn-scp-acronym',
			'SCP',
			'Service "control", policy\non two lines',
			'https://notes.example/notes/organizations/#service-control-policies-scps',
			'https://notes.example/notes/glossary/#scp',
			'aws-security-notes organizations',
		],
	]);
});
