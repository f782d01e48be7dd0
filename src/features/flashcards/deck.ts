import type { GlossaryEntry } from '../glossary/glossary-schema.ts';
import type { Flashcard, TopicSlug } from './card.ts';
import { topics } from '../../lib/topics.ts';
import { parseTarget, sitePath } from '../../lib/urls.ts';

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
