import type { Flashcard } from './card.ts';

/** The tag every exported note gets, beside its topic's slug. */
const ANKI_TAG = 'aws-security-notes';

/** The export's columns, in order; `#columns:` names them and Anki offers them for mapping. */
const COLUMNS = ['GUID', 'Front', 'Back', 'Section', 'Glossary', 'Tags'] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a double quote, a line break or
 * leading or trailing space, with each double quote doubled, as Anki's importer reads it.
 */
export function csvField(value: string): string {
	return /[",\r\n]|^\s|\s$|^#/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The deck as a CSV file Anki imports (File › Import): file headers first
 * (https://docs.ankiweb.net/importing/text-files.html#file-headers), then one note per card, both
 * directions, with a stable GUID so a second import updates the notes instead of duplicating
 * them. Plain text (`#html:false`); links are absolute URLs on `origin`.
 */
export function toAnkiCsv(cards: readonly Flashcard[], origin: string): string {
	const headers = [
		'#separator:Comma',
		'#html:false',
		`#columns:${COLUMNS.join(',')}`,
		'#guid column:1',
		`#tags column:${COLUMNS.indexOf('Tags') + 1}`,
		'#deck:AWS Security Notes',
	];
	const rows = cards.map((card) =>
		[
			`asn-${card.id.replace(':', '-')}`,
			card.front,
			card.back,
			new URL(card.sectionPath, origin).href,
			new URL(card.glossaryPath, origin).href,
			`${ANKI_TAG} ${card.topic}`,
		]
			.map(csvField)
			.join(','),
	);
	return `${[...headers, ...rows].join('\n')}\n`;
}
