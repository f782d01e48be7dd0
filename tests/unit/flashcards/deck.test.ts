import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { GlossarySchema } from '../../../src/features/glossary/glossary-schema.ts';
import { buildDeck, cardsByTopic } from '../../../src/features/flashcards/deck.ts';
import { topics } from '../../../src/lib/topics.ts';

const entry = (fields: Record<string, unknown>) =>
	GlossarySchema.parse([
		{
			id: 'scp',
			term: 'Service control policy',
			definition:
				'An AWS Organizations policy that sets the maximum permissions for member accounts.',
			target: 'organizations#service-control-policies-scps',
			...fields,
		},
	]);

test('an entry with an acronym gives two cards: term → definition and acronym → term', () => {
	const cards = buildDeck(entry({ acronym: 'SCP' }), {
		base: '/',
		sectionLabel: (target) => `label of ${target}`,
	});
	assert.deepEqual(cards, [
		{
			id: 'scp:definition',
			entry: 'scp',
			direction: 'definition',
			front: 'Service control policy',
			back: 'An AWS Organizations policy that sets the maximum permissions for member accounts.',
			topic: 'organizations',
			glossaryPath: '/glossary/#scp',
			sectionPath: '/organizations/#service-control-policies-scps',
			sectionLabel: 'label of organizations#service-control-policies-scps',
		},
		{
			id: 'scp:acronym',
			entry: 'scp',
			direction: 'acronym',
			front: 'SCP',
			back: 'Service control policy',
			topic: 'organizations',
			glossaryPath: '/glossary/#scp',
			sectionPath: '/organizations/#service-control-policies-scps',
			sectionLabel: 'label of organizations#service-control-policies-scps',
		},
	]);
});

test('an entry without an acronym gives one card, and links keep the base path', () => {
	const cards = buildDeck(entry({}), { base: '/aws-security-notes/' });
	assert.equal(cards.length, 1);
	assert.equal(cards[0]!.glossaryPath, '/aws-security-notes/glossary/#scp');
	assert.equal(
		cards[0]!.sectionPath,
		'/aws-security-notes/organizations/#service-control-policies-scps',
	);
});

test('an entry whose target is not on a topic page fails, naming the entry', () => {
	assert.throws(
		() => buildDeck(entry({ target: 'glossary#scp' }), { base: '/' }),
		/glossary entry "scp" points to "glossary#scp", which is not on a topic page/,
	);
});

test('the real glossary makes a card per entry plus one per acronym, in every topic', () => {
	const glossary = GlossarySchema.parse(
		JSON.parse(readFileSync(new URL('../../../src/data/glossary.json', import.meta.url), 'utf8')),
	);
	const cards = buildDeck(glossary, { base: '/' });
	const acronyms = glossary.filter((e) => e.acronym).length;
	assert.equal(cards.length, glossary.length + acronyms);
	assert.equal(new Set(cards.map((card) => card.id)).size, cards.length);
	assert.deepEqual(
		cardsByTopic(cards).map((group) => group.slug),
		topics.map((topic) => topic.slug),
	);
});
