/**
 * The flashcards columns of the /study/ progress table: each topic's cards due today and learnt,
 * from the progress the flashcards page keeps on this device. The rows carry their cards' ids.
 */
import { loadStore, statusMessage } from '../../lib/device-store.ts';
import type { TopicSlug } from './card.ts';
import { flashcardsStore } from './flashcards-store.ts';
import { deckProgress } from './review-queue.ts';

export function fillFlashcardsProgress(root: ParentNode = document): void {
	const rows = [
		...root.querySelectorAll<HTMLTableRowElement>('[data-asn-progress] tr[data-cards]'),
	];
	const cards = rows.flatMap((row) =>
		(row.dataset['cards'] ?? '')
			.split(' ')
			.filter(Boolean)
			.map((id) => ({ id, topic: row.dataset['topic'] as TopicSlug })),
	);
	const { value, status } = loadStore(flashcardsStore);
	const progress = deckProgress(value, cards, new Date());
	for (const row of rows) {
		const topic = progress.get(row.dataset['topic'] as TopicSlug);
		const due = row.querySelector('[data-cards-due]');
		const learnt = row.querySelector('[data-cards-learnt]');
		if (due) due.textContent = String(topic?.due ?? 0);
		if (learnt) learnt.textContent = `${topic?.learnt ?? 0} of ${topic?.total ?? 0}`;
	}
	const notice = root.querySelector<HTMLElement>('[data-flashcards-notice]');
	const message = statusMessage(status, 'flashcards progress');
	if (notice && message) {
		notice.textContent = message;
		notice.hidden = false;
	}
}
