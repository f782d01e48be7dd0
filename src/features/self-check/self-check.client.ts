import {
	clearStore,
	deviceStorage,
	loadStore,
	saveStore,
	statusMessage,
	type LoadStatus,
} from '../../lib/device-store.ts';
import {
	drawMixedSet,
	isRightAnswer,
	scoreLine,
	SELF_CHECK_STORE,
	withoutResults,
	type SelfCheckResults,
} from './self-check-store.ts';

/**
 * Turns the server-rendered self-checks (self-check-html.ts) into interactive ones: each question
 * becomes a fieldset of radio buttons or checkboxes with a "Check answer" button; results are
 * kept on the device (`asn:self-check`) and announced through a polite live region. Loaded by
 * SelfCheckLoader.astro when a self-check nears the screen.
 */

interface Question {
	element: HTMLLIElement;
	id: string;
	inputs: HTMLInputElement[];
	right: boolean[];
	texts: string[];
	marks: HTMLElement[];
	feedback: HTMLElement;
	result: HTMLElement;
	previous: HTMLElement;
}

interface Block {
	/** Every question's item, shown or not (a mixed set hides all but one set). */
	items: HTMLLIElement[];
	/**
	 * The questions enhanced so far, by item. A question is enhanced when first shown: the study
	 * page's mixed set holds every question of the site, and building all their inputs at once
	 * held the page's main thread for a fifth of a second on a phone.
	 */
	enhanced: Map<HTMLLIElement, Question>;
	score: HTMLElement;
	live: HTMLElement;
}

const WHAT = 'self-check results';
let results: SelfCheckResults = {};
let status: LoadStatus = { kind: 'empty' };
const blocks: Block[] = [];
/** The page's storage, probed once (undefined where the browser blocks it). */
let storage: ReturnType<typeof deviceStorage>;

const el = <K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string,
): HTMLElementTagNameMap[K] => {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
};

/**
 * The day a question was last answered, in words. The formatter is made on first use: making one
 * loads the browser's date data, which took most of this module's start-up on a slow phone, and a
 * reader who has answered nothing yet never needs it.
 */
let dateFormat: Intl.DateTimeFormat | undefined;
const longDate = (iso: string) =>
	(dateFormat ??= new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' })).format(new Date(iso));

/** Enhances every self-check on the page; run once. */
export function enhanceSelfChecks(): void {
	const found = [...document.querySelectorAll<HTMLElement>('[data-asn-self-check]')];
	if (found.length === 0 && !document.querySelector('[data-asn-progress]')) return;
	storage = deviceStorage();
	({ value: results, status } = loadStore(SELF_CHECK_STORE, storage));
	for (const element of found) blocks.push(enhanceBlock(element));
	refresh();
	document.dispatchEvent(new CustomEvent('asn:self-check-ready'));
}

function enhanceBlock(element: HTMLElement): Block {
	const live = el('p', 'sr-only');
	live.setAttribute('role', 'status');
	live.setAttribute('aria-live', 'polite');
	const score = el('p', 'asn-self-check__score');
	const intro = element.querySelector('.asn-self-check__intro');
	const notice = statusMessage(status, WHAT);
	if (notice) {
		const p = el('p', 'asn-self-check__notice', notice);
		p.dataset['selfCheckNotice'] = '';
		element.prepend(p);
	}
	(intro ?? element.firstChild)?.after(score);
	const items = [...element.querySelectorAll<HTMLLIElement>('li[data-question]')];
	const block: Block = { items, enhanced: new Map(), score, live };
	for (const item of items) if (!item.hidden) questionOf(item, block);

	const actions = el('p', 'asn-self-check__actions');
	const reset = el(
		'button',
		'asn-self-check__reset',
		element.dataset['resetLabel'] ?? 'Reset answers',
	);
	reset.type = 'button';
	reset.addEventListener('click', () => {
		const ids = block.items.map(idOf);
		results = withoutResults(results, ids);
		if (Object.keys(results).length === 0) clearStore(SELF_CHECK_STORE, storage);
		else saveStore(SELF_CHECK_STORE, results, storage);
		for (const question of block.enhanced.values()) clearQuestion(question, true);
		refresh();
		announce(block, `Answers reset. ${scoreLine(ids, results)}.`);
	});
	actions.append(reset);
	const mixed = element.dataset['mixed'];
	if (mixed !== undefined) actions.prepend(newSetButton(element, block, Number(mixed) || 2), ' ');
	element.append(actions, live);
	return block;
}

const idOf = (item: HTMLLIElement) => item.dataset['question']!;

/** The item's question, enhanced now if it was not yet. */
function questionOf(item: HTMLLIElement, block: Block): Question {
	let question = block.enhanced.get(item);
	if (!question) {
		question = enhanceQuestion(item, block);
		block.enhanced.set(item, question);
	}
	return question;
}

function enhanceQuestion(item: HTMLLIElement, block: Block): Question {
	const id = idOf(item);
	const multiple = item.dataset['type'] === 'multiple';
	const prompt = item.querySelector('.asn-question__prompt');
	const options = [...item.querySelectorAll<HTMLLIElement>('.asn-question__options > li')];
	const details = item.querySelector('details');
	const body = details?.querySelector('.asn-question__answer-body');

	const fieldset = el('fieldset');
	const legend = el('legend', undefined, prompt?.textContent ?? '');
	const choices = el('ul', 'asn-question__choices');
	const question: Question = {
		element: item,
		id,
		inputs: [],
		right: options.map((option) => option.hasAttribute('data-correct')),
		texts: options.map((option) => option.textContent ?? ''),
		marks: [],
		feedback: el('div', 'asn-question__feedback'),
		result: el('p', 'asn-question__result'),
		previous: el('p', 'asn-question__previous'),
	};
	options.forEach((option, i) => {
		const li = el('li');
		const label = el('label');
		const input = el('input');
		input.type = multiple ? 'checkbox' : 'radio';
		input.name = `asn-q-${id}`;
		input.value = String(i);
		input.addEventListener('change', () => clearQuestion(question, false));
		const mark = el('span', 'asn-question__mark');
		label.append(input, el('span', undefined, option.textContent ?? ''), mark);
		li.append(label);
		choices.append(li);
		question.inputs.push(input);
		question.marks.push(mark);
	});
	fieldset.append(legend, choices);
	const check = el('button', 'asn-question__check', 'Check answer');
	check.type = 'button';
	check.addEventListener('click', () => checkAnswer(question, block));
	question.feedback.hidden = true;
	question.feedback.append(question.result, ...(body ? [...body.childNodes] : []));
	question.previous.hidden = true;
	prompt?.remove();
	item.querySelector('.asn-question__options')?.remove();
	details?.remove();
	item.append(fieldset, question.previous, check, question.feedback);
	return question;
}

function checkAnswer(question: Question, block: Block) {
	const chosen = question.inputs.map((input) => input.checked);
	if (!chosen.some(Boolean)) {
		announce(block, 'Choose an answer first.');
		return;
	}
	const correct = isRightAnswer(chosen, question.right);
	question.inputs.forEach((input, i) => {
		const label = input.closest('label')!;
		const mark = question.marks[i]!;
		label.classList.remove('is-right', 'is-wrong');
		mark.textContent = '';
		if (chosen[i]) {
			label.classList.add(question.right[i] ? 'is-right' : 'is-wrong');
			mark.textContent = question.right[i] ? 'Correct' : 'Incorrect';
		} else if (question.right[i] && !correct) {
			label.classList.add('is-right');
			mark.textContent = 'Correct answer';
		}
	});
	const answer = listOf(question.texts.filter((_, i) => question.right[i]));
	const message = correct ? 'Correct.' : `Not quite: the answer is ${answer}.`;
	question.result.textContent = message;
	question.result.className = `asn-question__result ${correct ? 'is-right' : 'is-wrong'}`;
	question.feedback.hidden = false;
	question.previous.hidden = true;
	results = { ...results, [question.id]: { correct, answeredAt: new Date().toISOString() } };
	saveStore(SELF_CHECK_STORE, results, storage);
	refresh();
	announce(block, message);
}

/** Takes a question back to unanswered: marks off, and, on a reset, the choices and the record. */
function clearQuestion(question: Question, reset: boolean) {
	question.inputs.forEach((input, i) => {
		input.closest('label')!.classList.remove('is-right', 'is-wrong');
		question.marks[i]!.textContent = '';
		if (reset) input.checked = false;
	});
	question.feedback.hidden = true;
	if (reset) question.previous.hidden = true;
}

/** The score lines, each question's previous result and the progress table, from the results. */
function refresh() {
	for (const row of document.querySelectorAll<HTMLElement>(
		'[data-asn-progress] tr[data-questions]',
	)) {
		const ids = (row.dataset['questions'] ?? '').split(' ').filter(Boolean);
		const answered = ids.filter((id) => results[id]).length;
		const right = ids.filter((id) => results[id]?.correct).length;
		row.querySelector('[data-answered]')!.textContent = `${answered} of ${ids.length}`;
		row.querySelector('[data-correct]')!.textContent = `${right} of ${ids.length}`;
	}
	for (const block of blocks) {
		const visible = block.items.filter((item) => !item.hidden);
		block.score.textContent = `${scoreLine(visible.map(idOf), results)}.`;
		for (const question of block.enhanced.values()) {
			const last = results[question.id];
			if (!last || !question.feedback.hidden) continue;
			question.previous.textContent = `Last answered ${longDate(last.answeredAt)}: ${last.correct ? 'correct' : 'not quite'}.`;
			question.previous.hidden = false;
		}
	}
}

/** "A", "A, and B", "A; B; and C": options may hold commas themselves. */
function listOf(texts: string[]): string {
	if (texts.length <= 2) return texts.join(', and ');
	return `${texts.slice(0, -1).join('; ')}; and ${texts.at(-1)}`;
}

function announce(block: Block, message: string) {
	// Emptied first, so that the same message twice is announced twice.
	block.live.textContent = '';
	window.setTimeout(() => {
		block.live.textContent = message;
	}, 50);
}

/** "New set" on a mixed practice set: other questions, the same number from every topic. */
function newSetButton(element: HTMLElement, block: Block, perTopic: number): HTMLButtonElement {
	const button = el('button', 'asn-self-check__new-set', 'New set');
	button.type = 'button';
	button.addEventListener('click', () => {
		const byTopic = new Map<string, string[]>();
		for (const item of block.items) {
			const page = item.dataset['page'] ?? '';
			byTopic.set(page, [...(byTopic.get(page) ?? []), idOf(item)]);
		}
		const shown = new Set(block.items.filter((item) => !item.hidden).map(idOf));
		const next = new Set(drawMixedSet(byTopic, perTopic, Math.random, shown));
		for (const item of block.items) {
			item.hidden = !next.has(idOf(item));
			if (!item.hidden) clearQuestion(questionOf(item, block), true);
			else {
				const question = block.enhanced.get(item);
				if (question) clearQuestion(question, true);
			}
		}
		refresh();
		announce(
			block,
			`A new set of ${next.size} questions, ${perTopic} from every topic. ${block.score.textContent}`,
		);
		element.querySelector<HTMLElement>('li[data-question]:not([hidden]) input')?.focus();
	});
	return button;
}
