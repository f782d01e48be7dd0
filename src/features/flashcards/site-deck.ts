import { glossary, siteIndex } from 'virtual:asn/site-data';
import { findHeading } from '../../lib/site-index.ts';
import { parseTarget } from '../../lib/urls.ts';
import type { Flashcard } from './card.ts';
import { buildDeck } from './deck.ts';

/** The site's deck: every glossary entry as cards, with links under the site's base path. */
export function siteDeck(): Flashcard[] {
	return buildDeck(glossary, {
		base: import.meta.env.BASE_URL,
		sectionLabel: (target) => {
			const section = parseTarget(target);
			const title = siteIndex.get(section.page)?.title ?? section.page;
			return `${title} › ${findHeading(siteIndex, section)?.text ?? section.fragment}`;
		},
	});
}
