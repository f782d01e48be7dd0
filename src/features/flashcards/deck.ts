import type { GlossaryEntry } from '../glossary/glossary-schema.ts';
import { topics } from '../../lib/topics.ts';
import { parseTarget, sitePath } from '../../lib/urls.ts';

/** The topic slugs, in the notes' order. */
export type TopicSlug = (typeof topics)[number]['slug'];

/** Which way a card asks: the term for its definition, or the acronym for the term it stands for. */
type CardDirection = 'definition' | 'acronym';

/** One flashcard, made from one glossary entry. */
export interface Flashcard {
	/** `<entry id>:definition` or `<entry id>:acronym`: the key of its progress on the device. */
	id: string;
	/** The glossary entry it comes from. */
	entry: string;
	direction: CardDirection;
	/** What the card asks: the term, or the acronym. */
	front: string;
	/** The answer: the definition, or the term the acronym stands for. */
	back: string;
	/** The topic page the entry's target section is on. */
	topic: TopicSlug;
	/** Root-relative URL of the entry on the glossary page, base path included. */
	glossaryPath: string;
	/** Root-relative URL of the section that explains the term, base path included. */
	sectionPath: string;
	/** The section's name for links: `Page title › Heading`. */
	sectionLabel: string;
}

export interface BuildDeckOptions {
	/** The site's base path, such as `/` or `/aws-security-notes/`. */
	base: string;
	/** The name of a target section (`page#id`), for its links. @default the target itself */
	sectionLabel?: (target: string) => string;
}

const TOPIC_SLUGS: ReadonlySet<string> = new Set(topics.map((topic) => topic.slug));

/** Whether a page slug is one of the topic pages. */
function isTopic(slug: string): slug is TopicSlug {
	return TOPIC_SLUGS.has(slug);
}

/**
 * Every glossary entry as cards: term → definition, and acronym → term where it has an acronym,
 * in glossary order. Throws on an entry whose target is not on a topic page, since every card
 * must belong to a topic.
 */
export function buildDeck(
	glossary: readonly GlossaryEntry[],
	options: BuildDeckOptions,
): Flashcard[] {
	const label = options.sectionLabel ?? ((target: string) => target);
	return glossary.flatMap((entry) => {
		const section = parseTarget(entry.target);
		if (!isTopic(section.page))
			throw new Error(
				`glossary entry "${entry.id}" points to "${entry.target}", which is not on a topic page: flashcards are grouped by topic`,
			);
		const shared = {
			entry: entry.id,
			topic: section.page,
			glossaryPath: sitePath(options.base, { page: 'glossary', fragment: entry.id }),
			sectionPath: sitePath(options.base, section),
			sectionLabel: label(entry.target),
		};
		const cards: Flashcard[] = [
			{
				...shared,
				id: `${entry.id}:definition`,
				direction: 'definition',
				front: entry.term,
				back: entry.definition,
			},
		];
		if (entry.acronym)
			cards.push({
				...shared,
				id: `${entry.id}:acronym`,
				direction: 'acronym',
				front: entry.acronym,
				back: entry.term,
			});
		return cards;
	});
}

/** The cards of each topic, in the notes' order of topics; topics without cards are left out. */
export function cardsByTopic(
	cards: readonly Flashcard[],
): Array<{ slug: TopicSlug; label: string; cards: Flashcard[] }> {
	return topics
		.map((topic) => ({
			slug: topic.slug,
			label: topic.label,
			cards: cards.filter((card) => card.topic === topic.slug),
		}))
		.filter((group) => group.cards.length > 0);
}
