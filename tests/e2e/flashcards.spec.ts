import { topics } from '../../src/lib/topics.ts';
import { readFile } from 'node:fs/promises';
import { expectNoViolations } from '../support/accessibility-checks.ts';
import { expect, recordRequests, test, type Site } from './site.ts';

const STORE = 'asn:flashcards';
const isReviewScript = (url: string) => /flashcards-review|FlashcardsDeck/.test(url);

/** The saved progress, as the page wrote it. */
const savedProgress = (site: Site) =>
	site.page.evaluate((key) => {
		const raw = localStorage.getItem(key);
		return raw
			? (JSON.parse(raw) as {
					version: number;
					data: { cards: Record<string, { due: string; state: number }> };
				})
			: null;
	}, STORE);

async function openFlashcards(site: Site) {
	await site.goto('flashcards/');
	await expect(site.reviewPanel).toBeVisible();
	await expect(site.flashcardFront).not.toBeEmpty();
}

/** Presses Tab until the card has focus, as a keyboard-only reader would. */
async function tabToCard(site: Site) {
	for (let i = 0; i < 80; i++) {
		await site.page.keyboard.press('Tab');
		if (await site.flashcard.evaluate((card) => card === document.activeElement)) return;
	}
	throw new Error('Tab never reached the flashcard');
}

test('a keyboard-only review of five cards: Space turns, digits grade, and the schedule survives a reload', async ({
	site,
}) => {
	await openFlashcards(site);
	const start = await site.reviewCounts();
	expect(start).toEqual({ due: 0, new: 20, learnt: 0 });
	await tabToCard(site);
	await expect(site.flashcard).toHaveAccessibleName(/^Flashcard 1 of \d+: front$/);
	const fronts: string[] = [];
	// Good, Easy, Good, Easy, Again: two in learning, two learnt, one again in a minute.
	for (const key of ['3', '4', '3', '4', '1']) {
		const front = (await site.flashcardFront.textContent())!;
		fronts.push(front);
		await expect(site.flashcardBack).toBeHidden();
		const scroll = await site.page.evaluate(() => scrollY);
		await site.page.keyboard.press('Space');
		await expect(site.flashcardBack).toBeVisible();
		await expect(site.flashcard).toHaveAccessibleName(/: back$/);
		expect(await site.page.evaluate(() => scrollY), 'Space does not scroll the page').toBe(scroll);
		await expect(site.reviewButton(/^Good/)).toBeVisible();
		await site.page.keyboard.press(key);
		await expect(site.flashcard).toBeFocused();
		await expect(site.flashcardFront).not.toHaveText(front);
	}
	expect(new Set(fronts).size).toBe(5);
	const counts = { due: 3, new: 15, learnt: 2 };
	await expect.poll(() => site.reviewCounts()).toEqual(counts);
	const saved = await savedProgress(site);
	expect(saved?.version).toBe(1);
	expect(Object.keys(saved!.data.cards)).toHaveLength(5);
	expect(Object.values(saved!.data.cards).filter((card) => card.state === 2)).toHaveLength(2);

	await site.page.reload();
	await expect(site.reviewPanel).toBeVisible();
	await expect.poll(() => site.reviewCounts()).toEqual(counts);
	expect(await savedProgress(site)).toEqual(saved);
	// The cards graded Good or Easy are not due yet; the next card is a new one.
	expect(fronts).not.toContain(await site.flashcardFront.textContent());
	await expect(site.reviewNotice).toBeHidden();
});

test('Space and digits do nothing while focus is anywhere but the card (WCAG 2.1.4)', async ({
	site,
}) => {
	await openFlashcards(site);
	const front = await site.flashcardFront.textContent();
	await site.h1.click();
	await site.page.keyboard.press('Space');
	await site.page.keyboard.press('3');
	await site.topicFilter(/^Compliance/).focus();
	await site.page.keyboard.press('4');
	await expect(site.flashcardBack).toBeHidden();
	await expect(site.flashcardFront).toHaveText(front!);
	expect(await savedProgress(site)).toBeNull();
	// On the card, a digit before the answer is shown grades nothing either.
	await site.flashcard.focus();
	await site.page.keyboard.press('3');
	expect(await savedProgress(site)).toBeNull();
});

test('the visible buttons do what the keys do, each grade showing its next interval', async ({
	site,
}) => {
	await openFlashcards(site);
	const front = await site.flashcardFront.textContent();
	await site.reviewButton(/^Show answer/).click();
	await expect(site.flashcardBack).toBeVisible();
	await expect(site.flashcard).toBeFocused();
	await expect(site.reviewButton(/^Again/)).toHaveText(/Again 1 min 1/);
	await expect(site.reviewButton(/^Good/)).toHaveText(/Good 10 min 3/);
	await expect(site.reviewButton(/^Easy/)).toHaveText(/Easy \d+ days? 4/);
	await site.reviewButton(/^Good/).click();
	await expect(site.flashcard).toBeFocused();
	await expect(site.flashcardFront).not.toHaveText(front!);
	await expect.poll(() => site.reviewCounts()).toEqual({ due: 1, new: 19, learnt: 0 });
});

test('each card links to its glossary entry and the section that explains it', async ({ site }) => {
	await openFlashcards(site);
	const front = (await site.flashcardFront.textContent())!;
	const [glossary, section] = await site.flashcardLinks.all();
	await expect(glossary!).toHaveAttribute('href', /\/glossary\/#[a-z0-9-]+$/);
	await expect(section!).toHaveAttribute('href', /\/[a-z-]+\/#[a-z0-9-]+$/);
	await glossary!.click();
	const id = new URL(site.page.url()).hash.slice(1);
	await expect(site.page.locator(`[id="${id}"] dt`)).toContainText(front);
});

test('the topic filter changes the queue and the counts', async ({ site }) => {
	await openFlashcards(site);
	const inTopic = await site.deckCards
		.and(site.page.locator('[data-topic="shared-responsibility"]'))
		.count();
	const fronts = await site.page
		.locator('.asn-deck__card[data-topic="shared-responsibility"] .asn-deck__front')
		.allTextContents();
	for (const box of await site.reviewPanel.getByRole('checkbox').all()) await box.uncheck();
	await expect(site.reviewDone).toBeVisible();
	await expect(site.reviewDone).toContainText('Choose at least one topic');
	await site.topicFilter(/^Shared responsibility model/).check();
	await expect
		.poll(() => site.reviewCounts())
		.toEqual({ due: 0, new: Math.min(20, inTopic), learnt: 0 });
	expect(fronts).toContain(await site.flashcardFront.textContent());
});

test('reset asks first, then forgets every card', async ({ site }) => {
	await openFlashcards(site);
	await site.flashcard.focus();
	await site.page.keyboard.press('Space');
	await site.page.keyboard.press('4');
	await expect.poll(() => site.reviewCounts()).toEqual({ due: 0, new: 19, learnt: 1 });
	await site.reviewButton('Reset progress').click();
	await expect(site.reviewPanel).toContainText('Forget the schedule of every card on this device?');
	await site.reviewButton('Cancel').click();
	expect(await savedProgress(site)).not.toBeNull();
	await site.reviewButton('Reset progress').click();
	await site.reviewButton('Yes, reset progress').click();
	await expect.poll(() => site.reviewCounts()).toEqual({ due: 0, new: 20, learnt: 0 });
	expect(await savedProgress(site)).toBeNull();
});

test('unreadable saved progress is set aside with a visible message, and review still works', async ({
	site,
}) => {
	await site.page.addInitScript((key) => {
		if (!sessionStorage.getItem('corrupted')) {
			localStorage.setItem(key, '{"version":1,"data":{"cards":{"scp:definition":{"due":"soon"}}}}');
			sessionStorage.setItem('corrupted', 'yes');
		}
	}, STORE);
	await openFlashcards(site);
	await expect(site.reviewNotice).toBeVisible();
	await expect(site.reviewNotice).toContainText('Your saved flashcard progress could not be read');
	const keys = await site.page.evaluate(() => Object.keys(localStorage));
	const aside = keys.find((key) => key.startsWith(`${STORE}:set-aside:`));
	expect(aside, keys.join(', ')).toBeDefined();
	await expect(site.reviewNotice).toContainText(aside!);
	expect(await site.page.evaluate((key) => localStorage.getItem(key), aside!)).toContain('"soon"');
	await site.flashcard.focus();
	await site.page.keyboard.press('Space');
	await site.page.keyboard.press('3');
	expect(Object.keys((await savedProgress(site))!.data.cards)).toHaveLength(1);
	expect(site.problems.consoleErrors).toEqual([]);
});

test('the Anki download is a CSV of every card, with Anki file headers', async ({ site }) => {
	await site.goto('flashcards/');
	const cards = await site.deckCards.count();
	const [download] = await Promise.all([
		site.page.waitForEvent('download'),
		site.ankiDownload.click(),
	]);
	expect(download.suggestedFilename()).toBe('aws-security-notes-flashcards.csv');
	const text = await readFile((await download.path())!, 'utf8');
	const lines = text.split('\n');
	expect(lines.slice(0, 6)).toEqual([
		'#separator:Comma',
		'#html:false',
		'#columns:GUID,Front,Back,Section,Glossary,Tags',
		'#guid column:1',
		'#tags column:6',
		'#deck:AWS Security Notes',
	]);
	const rows = parseCsv(lines.slice(6).join('\n'));
	expect(rows).toHaveLength(cards);
	expect(rows.every((row) => row.length === 6)).toBe(true);
	const scp = rows.find((row) => row[0] === 'asn-scp-acronym');
	expect(scp?.slice(1, 3)).toEqual(['SCP', 'Service control policy']);
	expect(scp?.[3]).toMatch(
		/^https?:\/\/[^/]+\/(.+\/)?organizations\/#service-control-policies-scps$/,
	);
	expect(scp?.[5]).toBe('aws-security-notes organizations');
	const response = await site.page.request.get('flashcards.csv');
	expect(response.headers()['content-type']).toMatch(/^text\/csv/);
});

/** An RFC 4180 reader, enough for the export: quoted fields, doubled quotes, line breaks. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += char;
	}
	if (field || row.length) rows.push([...row, field]);
	return rows;
}

for (const theme of ['light', 'dark'] as const)
	test(`the flashcards page, answer shown, has no WCAG 2.2 AA violations in the ${theme} theme`, async ({
		site,
	}) => {
		await site.useTheme(theme);
		await openFlashcards(site);
		await expect(site.root).toHaveAttribute('data-theme', theme);
		await site.reviewButton(/^Show answer/).click();
		await expect(site.reviewButton(/^Easy/)).toBeVisible();
		await expectNoViolations(site.page, `on /flashcards/ with the answer shown (${theme})`);
		await site.reviewButton('Reset progress').click();
		await expectNoViolations(site.page, `on /flashcards/ asking to reset (${theme})`);
	});

test('the review script is fetched on /flashcards/ only', async ({ page, site }) => {
	const requests = recordRequests(page);
	for (const path of ['', 'iam/', 'glossary/', 'exam-tips/']) await site.goto(path);
	await page.waitForTimeout(300);
	expect(requests.filter(isReviewScript)).toEqual([]);
	await openFlashcards(site);
	expect(requests.filter(isReviewScript).length).toBeGreaterThan(0);
});

test('/study/ shows, per topic, the cards due today and learnt from the same progress', async ({
	site,
}) => {
	await openFlashcards(site);
	// Grade the first card Easy (learnt at once) and the next Good (due again today).
	const gradedTopics: string[] = [];
	for (const grade of [/^Easy/, /^Good/]) {
		const section = await site.flashcardLinks.nth(1).getAttribute('href');
		gradedTopics.push(new URL(section!, 'http://x/').pathname.split('/').filter(Boolean).at(-1)!);
		await site.reviewButton('Show answer').click();
		await site.reviewButton(grade).click();
	}
	const saved = (await savedProgress(site))!.data.cards;
	await site.goto('study/');
	const expected = new Map<string, { due: number; learnt: number }>();
	for (const card of Object.values(saved)) {
		const topic = gradedTopics.shift()!;
		const entry = expected.get(topic) ?? { due: 0, learnt: 0 };
		if (Date.parse(card.due) <= new Date().setHours(23, 59, 59, 999)) entry.due++;
		if (card.state === 2) entry.learnt++;
		expected.set(topic, entry);
	}
	for (const [topic, { due, learnt }] of expected) {
		const row = site.progressRow(topic);
		await expect(row.locator('[data-cards-due]')).toHaveText(String(due));
		await expect(row.locator('[data-cards-learnt]')).toHaveText(new RegExp(`^${learnt} of \\d+$`));
	}
	// A topic the reader has not touched shows nothing due and nothing learnt.
	const untouched = topics.map((topic) => topic.slug).find((topic) => !expected.has(topic))!;
	await expect(site.progressRow(untouched).locator('[data-cards-due]')).toHaveText('0');
	await expect(site.progressRow(untouched).locator('[data-cards-learnt]')).toHaveText(/^0 of \d+$/);
});
