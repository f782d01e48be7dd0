import type { topics } from '../../lib/topics.ts';

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
