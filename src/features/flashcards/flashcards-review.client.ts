import type { Grade } from 'ts-fsrs';
import {
	clearStore,
	deviceStorage,
	loadStore,
	saveStore,
	statusMessage,
} from '../../lib/device-store.ts';
import type { Flashcard, TopicSlug } from './card.ts';
import { flashcardsStore, type FlashcardsProgress } from './flashcards-store.ts';
import { reviewQueue } from './review-queue.ts';
import { formatInterval, GRADES, gradeCard, previewDue } from './schedule.ts';

/** The cards, read back from the deck list the page renders (one copy of the text, in the HTML). */
function readDeck(page: ParentNode): Flashcard[] {
	return [...page.querySelectorAll<HTMLElement>('.asn-deck__card')].map((item) => {
		const [entry, direction] = (item.dataset['card'] ?? '').split(':');
		const link = (name: string) => item.querySelector<HTMLAnchorElement>(`a[data-link="${name}"]`)!;
		return {
			id: item.dataset['card']!,
			entry: entry!,
			direction: direction === 'acronym' ? 'acronym' : 'definition',
			front: item.querySelector('.asn-deck__front')?.textContent?.trim() ?? '',
			back: item.querySelector('.asn-deck__back')?.textContent?.trim() ?? '',
			topic: item.dataset['topic'] as TopicSlug,
			glossaryPath: link('glossary').getAttribute('href')!,
			sectionPath: link('section').getAttribute('href')!,
			sectionLabel: link('section').textContent?.trim() ?? '',
		};
	});
}

const longDate = (date: Date) =>
	date.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

/** Wires the review panel: the queue, the card, its keys and buttons, progress on the device. */
export function startReview(root: HTMLElement): void {
	const deck = readDeck(document);
	const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
	const card = $<HTMLElement>('.asn-flashcard');
	const front = $<HTMLElement>('.asn-flashcard__front');
	const back = $<HTMLElement>('.asn-flashcard__back');
	const links = $<HTMLElement>('.asn-flashcard__links');
	const flipButton = $<HTMLButtonElement>('[data-action="flip"]');
	const grades = $<HTMLElement>('.asn-review__grades');
	const stage = $<HTMLElement>('.asn-review__stage');
	const done = $<HTMLElement>('.asn-review__done');
	const next = $<HTMLElement>('.asn-review__next');
	const live = $<HTMLElement>('[data-live]');
	const notice = $<HTMLElement>('.asn-review__notice');
	const confirm = $<HTMLElement>('.asn-review__confirm');
	const topicBoxes = [...root.querySelectorAll<HTMLInputElement>('input[name="topic"]')];

	// Probed once: where storage is blocked, progress lasts for the visit, and the page says so.
	const storage = deviceStorage();
	const loaded = loadStore(flashcardsStore, storage);
	let progress: FlashcardsProgress = loaded.value;
	const message = statusMessage(loaded.status, 'flashcard progress');
	if (message) {
		notice.textContent = message;
		notice.hidden = false;
	}

	let queue: Flashcard[] = [];
	let current: Flashcard | undefined;
	let flipped = false;
	let reviewed = 0;

	const chosen = () =>
		new Set(topicBoxes.filter((box) => box.checked).map((box) => box.value as TopicSlug));
	const announce = (text: string) => {
		// A fresh text node each time, so the same words are announced again.
		live.replaceChildren(document.createTextNode(text));
	};

	function showSide() {
		back.hidden = !flipped;
		flipButton.hidden = flipped;
		grades.hidden = !flipped;
		card.setAttribute(
			'aria-label',
			`Flashcard ${reviewed + 1} of ${reviewed + queue.length}: ${flipped ? 'back' : 'front'}`,
		);
		if (flipped && current) {
			const now = new Date();
			const due = previewDue(progress, current.id, now);
			for (const button of grades.querySelectorAll<HTMLButtonElement>('[data-grade]')) {
				const at = due.get(Number(button.dataset['grade']) as Grade);
				button.querySelector('[data-interval]')!.textContent = at ? formatInterval(now, at) : '';
			}
		}
	}

	function render() {
		const now = new Date();
		const topics = chosen();
		const state = reviewQueue(
			progress,
			deck.filter((c) => topics.has(c.topic)),
			now,
		);
		for (const kind of ['due', 'new', 'learnt'] as const)
			$(`[data-count="${kind}"]`).textContent = String(state[kind]);
		queue = state.cards;
		current = queue[0];
		flipped = false;
		stage.hidden = !current;
		done.hidden = Boolean(current);
		if (!current) {
			const parts: string[] = [];
			if (topics.size === 0) parts.push('Choose at least one topic to review.');
			else if (state.nextDue) parts.push(`The next card is due on ${longDate(state.nextDue)}.`);
			if (state.newHeldBack > 0)
				parts.push(
					`${state.newHeldBack} new ${state.newHeldBack === 1 ? 'card waits' : 'cards wait'} for tomorrow (${root.dataset['newPerDay']} new cards a day).`,
				);
			next.textContent = parts.join(' ');
			return;
		}
		front.textContent = current.front;
		back.textContent = current.back;
		const [glossaryLink, sectionLink] = links.querySelectorAll('a');
		glossaryLink!.href = current.glossaryPath;
		glossaryLink!.textContent = `${current.direction === 'acronym' ? current.back : current.front} in the glossary`;
		sectionLink!.href = current.sectionPath;
		sectionLink!.textContent = current.sectionLabel;
		showSide();
	}

	function flip() {
		if (!current) return;
		flipped = !flipped;
		showSide();
		announce(flipped ? `Answer: ${current.back}` : `Question: ${current.front}`);
	}

	function grade(value: Grade) {
		if (!current || !flipped) return;
		const label = GRADES.find((g) => g.grade === value)!.label;
		const now = new Date();
		progress = gradeCard(progress, current.id, value, now);
		saveStore(flashcardsStore, progress, storage);
		reviewed++;
		const due = new Date(progress.cards[current.id]!.due);
		render();
		if (current) {
			card.focus();
			announce(`${label}: next review in ${formatInterval(now, due)}. Next card: ${current.front}`);
		} else {
			done.focus();
			announce(`${label}. All caught up. ${next.textContent}`);
		}
	}

	card.addEventListener('keydown', (event) => {
		// Single keys act only on the focused card itself (WCAG 2.1.4), never with a modifier.
		if (event.target !== card || event.altKey || event.ctrlKey || event.metaKey) return;
		if (event.key === ' ') {
			event.preventDefault();
			flip();
		} else if (/^[1-4]$/.test(event.key)) {
			event.preventDefault();
			grade(Number(event.key) as Grade);
		}
	});
	flipButton.addEventListener('click', () => {
		flip();
		card.focus();
	});
	grades.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('[data-grade]');
		if (button) grade(Number(button.dataset['grade']) as Grade);
	});
	for (const box of topicBoxes)
		box.addEventListener('change', () => {
			reviewed = 0;
			render();
			announce(current ? `${queue.length} cards to review.` : 'Nothing due in these topics.');
		});
	const resetButton = $<HTMLButtonElement>('[data-action="reset"]');
	resetButton.addEventListener('click', () => {
		confirm.hidden = false;
		$<HTMLButtonElement>('[data-action="cancel-reset"]').focus();
	});
	$<HTMLButtonElement>('[data-action="cancel-reset"]').addEventListener('click', () => {
		confirm.hidden = true;
		resetButton.focus();
	});
	$<HTMLButtonElement>('[data-action="confirm-reset"]').addEventListener('click', () => {
		clearStore(flashcardsStore, storage);
		progress = flashcardsStore.empty();
		reviewed = 0;
		confirm.hidden = true;
		render();
		resetButton.focus();
		announce('Progress reset: every card is new again.');
	});

	render();
	root.hidden = false;
}
