import { topics } from '../../src/lib/topics.ts';
import { selectAll } from 'hast-util-select';
import { expectNoViolations } from '../support/accessibility-checks.ts';
import { parseBuiltPage } from '../support/built-html.ts';
import { expect, recordRequests, test, type Site } from './site.ts';

const KEY = 'asn:self-check';
const TOPICS = topics.map((topic) => topic.slug);
const THEMES = ['light', 'dark'] as const;
/** A single-choice question on /organizations/; its third option is the right one. */
const SINGLE = 'stop-leaving-organization';
/** A multiple-choice question there: its third and fifth options (of five) are right. */
const MULTIPLE = 'consolidated-billing-benefits';

const isSelfCheckModule = (url: string) => /self-check\.client/.test(url);

/** Opens a page and scrolls its self-check into view, so that the script enhances it. */
async function openSelfCheck(site: Site, path: string) {
	await site.goto(path);
	await site.selfCheck.scrollIntoViewIfNeeded();
	await expect(site.selfCheck.locator('fieldset').first()).toBeVisible();
}

/** Chooses the nth option of a single-choice question from the keyboard, and checks the answer. */
async function answerSingleByKeyboard(site: Site, id: string, option: number) {
	const question = site.selfCheckQuestion(id);
	await question.locator('input').first().focus();
	// With no option chosen, Space chooses the focused one and the arrows move the choice.
	await site.page.keyboard.press('Space');
	for (let i = 0; i < option; i++) await site.page.keyboard.press('ArrowDown');
	await expect(question.locator('input').nth(option)).toBeChecked();
	await site.page.keyboard.press('Tab');
	await expect(question.getByRole('button', { name: 'Check answer' })).toBeFocused();
	await site.page.keyboard.press('Enter');
}

const storedIds = (site: Site) =>
	site.page.evaluate(
		(key) => Object.keys(JSON.parse(localStorage.getItem(key) ?? '{"data":{}}').data ?? {}),
		KEY,
	);

test('the self-check script is not requested until the questions near the screen', async ({
	page,
	site,
}) => {
	const requests = recordRequests(page);
	await site.goto('organizations/');
	await page.waitForTimeout(500);
	expect(requests.filter(isSelfCheckModule)).toEqual([]);
	await site.selfCheck.scrollIntoViewIfNeeded();
	await expect.poll(() => requests.filter(isSelfCheckModule).length).toBe(1);
	await expect(site.selfCheck.locator('fieldset')).toHaveCount(11);
});

test('answering right from the keyboard marks the choice, explains it and announces "Correct."', async ({
	site,
}) => {
	await openSelfCheck(site, 'organizations/');
	const question = site.selfCheckQuestion(SINGLE);
	await expect(question.getByRole('group', { name: /no member account can leave/ })).toBeVisible();
	await answerSingleByKeyboard(site, SINGLE, 2);
	await expect(site.selfCheckAnnouncement).toHaveText('Correct.');
	await expect(question.locator('label').nth(2)).toContainText('Correct');
	await expect(question.locator('.asn-question__result')).toHaveText('Correct.');
	await expect(question.locator('.asn-question__explanation')).toBeVisible();
	const read = question.getByRole('link', { name: /^Read: / });
	await expect(read).toBeVisible();
	await expect(read).toHaveAttribute('href', '#typical-uses-for-scps');
	await expect(site.selfCheckScore).toHaveText('1 of 11 answered correctly.');
	expect(await storedIds(site)).toEqual([SINGLE]);
});

test('answering wrong says so in words and announces the right answer', async ({ site }) => {
	await openSelfCheck(site, 'organizations/');
	const question = site.selfCheckQuestion(SINGLE);
	await answerSingleByKeyboard(site, SINGLE, 0);
	await expect(site.selfCheckAnnouncement).toHaveText(
		/^Not quite: the answer is Attach an SCP that denies organizations:LeaveOrganization to the organization root\.$/,
	);
	await expect(question.locator('label').nth(0)).toContainText('Incorrect');
	await expect(question.locator('label').nth(2)).toContainText('Correct answer');
	await expect(site.selfCheckScore).toHaveText('0 of 11 answered correctly.');
});

test('a multiple-choice question takes checkboxes and needs every right option', async ({
	site,
}) => {
	await openSelfCheck(site, 'organizations/');
	const question = site.selfCheckQuestion(MULTIPLE);
	const boxes = question.getByRole('checkbox');
	await expect(boxes).toHaveCount(5);
	await boxes.nth(2).focus();
	await site.page.keyboard.press('Space');
	await question.getByRole('button', { name: 'Check answer' }).press('Enter');
	await expect(site.selfCheckAnnouncement).toHaveText(
		'Not quite: the answer is Usage combined across the accounts, so volume pricing tiers are reached sooner, and One bill, paid by the management account, for all the accounts.',
	);
	await expect(question.locator('label').nth(2)).toContainText('Correct');
	await expect(question.locator('label').nth(4)).toContainText('Correct answer');
	// Tab moves from box to box.
	await boxes.nth(2).focus();
	await site.page.keyboard.press('Tab');
	await site.page.keyboard.press('Tab');
	await expect(boxes.nth(4)).toBeFocused();
	await site.page.keyboard.press('Space');
	await question.getByRole('button', { name: 'Check answer' }).press('Enter');
	await expect(site.selfCheckAnnouncement).toHaveText('Correct.');
});

test('results persist across a reload, and "Reset answers" clears them', async ({ site }) => {
	await openSelfCheck(site, 'organizations/');
	await answerSingleByKeyboard(site, SINGLE, 2);
	await expect(site.selfCheckScore).toHaveText('1 of 11 answered correctly.');

	await site.page.reload();
	await site.selfCheck.scrollIntoViewIfNeeded();
	await expect(site.selfCheckScore).toHaveText('1 of 11 answered correctly.');
	await expect(site.selfCheckQuestion(SINGLE).locator('.asn-question__previous')).toHaveText(
		/^Last answered \d{1,2} \w+ \d{4}: correct\.$/,
	);

	const reset = site.selfCheck.getByRole('button', { name: 'Reset answers' });
	await reset.focus();
	await site.page.keyboard.press('Enter');
	await expect(site.selfCheckAnnouncement).toHaveText('Answers reset. 0 of 11 answered correctly.');
	await expect(reset).toBeFocused();
	await expect(site.selfCheckScore).toHaveText('0 of 11 answered correctly.');
	await expect(site.selfCheckQuestion(SINGLE).locator('.asn-question__previous')).toBeHidden();
	expect(await storedIds(site)).toEqual([]);
});

test('an unreadable saved value is set aside with a visible message, and the self-check still works', async ({
	site,
}) => {
	await site.page.addInitScript((key) => {
		if (!sessionStorage.getItem('asn:test-corrupted')) {
			sessionStorage.setItem('asn:test-corrupted', '1');
			localStorage.setItem(key, '{not json');
		}
	}, KEY);
	await openSelfCheck(site, 'organizations/');
	await expect(site.selfCheckNotice).toBeVisible();
	await expect(site.selfCheckNotice).toContainText(
		'could not be read, because it is not valid JSON',
	);
	const asideKeys = await site.page.evaluate(() =>
		Object.keys(localStorage).filter((key) => key.startsWith('asn:self-check:set-aside:')),
	);
	expect(asideKeys).toHaveLength(1);
	expect(await site.page.evaluate((key) => localStorage.getItem(key), asideKeys[0]!)).toBe(
		'{not json',
	);
	await answerSingleByKeyboard(site, SINGLE, 2);
	await expect(site.selfCheckAnnouncement).toHaveText('Correct.');
	expect(await storedIds(site)).toEqual([SINGLE]);
});

test('the mixed set on /study/ draws two questions from every topic, and an answer there shows on the topic page', async ({
	site,
}) => {
	await site.goto('study/');
	await expect(site.progressRow('organizations').locator('[data-answered]')).toHaveText('0 of 11');
	await openSelfCheck(site, 'study/');
	const pagesShown = () =>
		site.visibleSelfCheckQuestions.evaluateAll((items) =>
			items.map((item) => (item as HTMLElement).dataset['page']),
		);
	const first = await pagesShown();
	expect(first).toHaveLength(12);
	for (const topic of TOPICS)
		expect(
			first.filter((page) => page === topic),
			topic,
		).toHaveLength(2);
	await expect(site.selfCheckScore).toHaveText('0 of 12 answered correctly.');

	await answerSingleByKeyboard(site, SINGLE, 2);
	await expect(site.selfCheckAnnouncement).toHaveText('Correct.');
	await expect(site.progressRow('organizations').locator('[data-correct]')).toHaveText('1 of 11');

	const before = await site.visibleSelfCheckQuestions.evaluateAll((items) =>
		items.map((item) => (item as HTMLElement).dataset['question']),
	);
	await site.selfCheck.getByRole('button', { name: 'New set' }).click();
	const after = await site.visibleSelfCheckQuestions.evaluateAll((items) =>
		items.map((item) => (item as HTMLElement).dataset['question']),
	);
	expect(after).toHaveLength(12);
	expect(after.filter((id) => before.includes(id))).toEqual([]);
	for (const topic of TOPICS)
		expect((await pagesShown()).filter((p) => p === topic)).toHaveLength(2);
	// The new set's questions (enhanced only now that they are shown) can be answered.
	await expect(
		site.visibleSelfCheckQuestions.getByRole('button', { name: 'Check answer' }),
	).toHaveCount(12);
	const fresh = site.visibleSelfCheckQuestions.first();
	await fresh.locator('input').first().check();
	await fresh.getByRole('button', { name: 'Check answer' }).click();
	await expect(fresh.locator('.asn-question__result')).toHaveText(/^(Correct\.|Not quite: )/);
	await expect(site.selfCheckScore).toHaveText(/^[01] of 12 answered correctly\.$/);

	await openSelfCheck(site, 'organizations/');
	await expect(site.selfCheckScore).toHaveText('1 of 11 answered correctly.');
	await expect(site.selfCheckQuestion(SINGLE).locator('.asn-question__previous')).toContainText(
		'correct',
	);
});

for (const theme of THEMES) {
	test(`self-checks, answered, have no WCAG 2.2 AA violations in the ${theme} theme`, async ({
		site,
	}) => {
		await site.useTheme(theme);
		await openSelfCheck(site, 'organizations/');
		await expect(site.root).toHaveAttribute('data-theme', theme);
		await answerSingleByKeyboard(site, SINGLE, 0);
		await expect(site.selfCheckAnnouncement).toHaveText(/^Not quite/);
		await expectNoViolations(site.page, `on /organizations/ with a self-check answered (${theme})`);
		await openSelfCheck(site, 'study/');
		await expectNoViolations(site.page, `on /study/ with the script loaded (${theme})`);
	});
}

test('option targets are at least 44 px tall on a phone', async ({ site }) => {
	await site.page.setViewportSize({ width: 390, height: 844 });
	await openSelfCheck(site, 'organizations/');
	const question = site.selfCheckQuestion(SINGLE);
	for (const target of [
		...(await question.locator('label').all()),
		question.getByRole('button', { name: 'Check answer' }),
	]) {
		const box = await target.boundingBox();
		expect(box!.height).toBeGreaterThanOrEqual(44);
	}
});

test("the self-checks are kept out of the search index, and a question's words still find the section that teaches them", async ({
	site,
}) => {
	for (const topic of TOPICS) {
		const tree = parseBuiltPage(topic);
		const blocks = selectAll('[data-asn-self-check]', tree);
		expect(blocks, topic).toHaveLength(1);
		expect(blocks[0]!.properties['dataPagefindIgnore'], topic).toBe('all');
		expect(selectAll('h2#self-check', tree)[0]!.properties['dataPagefindIgnore'], topic).toBe('');
	}
	await site.goto('');
	// Words of the prompt of stop-leaving-organization.
	await site.search('member account leave organization');
	const hrefs = await site.searchResults.evaluateAll((links) =>
		links.map((link) => (link as HTMLAnchorElement).getAttribute('href') ?? ''),
	);
	expect(hrefs.length).toBeGreaterThan(0);
	expect(hrefs.filter((href) => href.includes('#self-check'))).toEqual([]);
	expect(hrefs[0]).toMatch(/\/organizations\//);
});
