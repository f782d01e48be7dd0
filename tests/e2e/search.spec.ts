import { expect, recordRequests, test } from './site.ts';

const isSearchAsset = (url: string) => /\/pagefind\/|search-terms\.json|search-dialog/.test(url);

test('reading a page downloads no search script or index until the reader shows intent', async ({
	page,
	site,
}) => {
	const requests = recordRequests(page);
	await site.goto('iam/');
	await page.mouse.wheel(0, 800);
	await page.waitForTimeout(500);
	expect(requests.filter(isSearchAsset)).toEqual([]);
	await site.searchButton.hover();
	await expect
		.poll(() => requests.filter((url) => url.includes('/pagefind/')).length)
		.toBeGreaterThan(0);
});

test('Ctrl+K opens search with focus in the box; Esc closes it and gives focus back', async ({
	site,
}) => {
	await site.goto('iam/');
	await site.page.keyboard.press('Control+k');
	await expect(site.searchInput).toBeFocused();
	await site.page.keyboard.press('Escape');
	await expect(site.searchDialog).not.toHaveAttribute('open');
	await expect(site.searchButton).toBeFocused();
});

test('no single-key shortcut opens search: typing / on the page does nothing (WCAG 2.1.4)', async ({
	site,
}) => {
	await site.goto('iam/');
	await site.page.locator('main h1').click();
	await site.page.keyboard.press('/');
	await site.page.keyboard.press('s');
	await expect(site.searchDialog).not.toHaveAttribute('open');
	await site.page.keyboard.press('Meta+k');
	await expect(site.searchInput).toBeFocused();
});

test('results deep-link to sections with page title, section title and highlighted excerpt', async ({
	site,
}) => {
	await site.goto('');
	await site.search('Shield');
	const first = site.searchResults.first();
	await expect(first.locator('.asn-search__section')).not.toBeEmpty();
	await expect(first.locator('.asn-search__page')).toHaveText(
		'Denial-of-service attacks and defences',
	);
	await expect(
		first.locator('.asn-search__excerpt mark', { hasText: /shield/i }).first(),
	).toBeVisible();
	await expect(first).toHaveAttribute('href', /\/ddos\/\?highlight=shield#/);
});

test('arrow keys move through results and Enter opens one, highlighting the words on the page', async ({
	site,
}) => {
	await site.goto('');
	await site.search('SCP');
	await expect(site.searchResults.first()).toHaveAttribute('aria-selected', 'true');
	await site.page.keyboard.press('ArrowDown');
	await expect(site.searchResults.nth(1)).toHaveAttribute('aria-selected', 'true');
	await expect(site.searchInput).toHaveAttribute('aria-activedescendant', 'asn-search-option-1');
	await site.page.keyboard.press('ArrowUp');
	await expect(site.searchResults.first()).toHaveAttribute('aria-selected', 'true');
	const href = await site.firstResultHref();
	await site.page.keyboard.press('Enter');
	await site.page.waitForURL((url) => url.pathname + url.search + url.hash === href);
	await expect(site.page.locator('mark.asn-search-hit').first()).toBeVisible();
	const fragment = new URL(href, 'http://x/').hash;
	await expect(site.page.locator(fragment)).toBeInViewport();
});

test('a ?search= link opens search with that query and its results', async ({ site }) => {
	await site.goto('?search=SCP');
	await expect(site.searchInput).toHaveValue('SCP');
	await expect(site.searchResults.first()).toBeVisible();
	await expect(site.searchResults.first()).toHaveAttribute('href', /\/organizations\//);
});

test('the URL follows the query as the reader types, so it can be copied', async ({ site }) => {
	await site.goto('iam/');
	await site.search('gaurdduty');
	expect(new URL(site.page.url()).searchParams.get('search')).toBe('gaurdduty');
	await expect(site.searchStatus).toContainText('Showing results for “Amazon GuardDuty”');
	await site.page.keyboard.press('Escape');
	// The dialog's close event, which clears the parameter, is dispatched as a task after Esc.
	await expect.poll(() => new URL(site.page.url()).searchParams.has('search')).toBe(false);
});

test('if the index fails to load, the dialog says so within 5 seconds', async ({ site }) => {
	await site.page.route('**/pagefind/**', (route) => route.abort());
	await site.goto('');
	await site.searchButton.click();
	await site.searchInput.fill('SCP');
	await expect(site.searchStatus).toContainText('Search is unavailable', { timeout: 5000 });
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search button leads to the glossary', async ({ site }) => {
		await site.goto('iam/');
		await site.searchButton.click();
		await expect(site.page).toHaveURL(/\/glossary\/$/);
	});
});

test('what a quick typist types right after Ctrl+K, before the search script loads, is searched', async ({
	site,
	page,
}) => {
	await site.goto('');
	// The dialog script arrives half a second late, as on a slow network.
	await page.route(/search-dialog/, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 500));
		await route.continue();
	});
	await page.keyboard.press('Control+k');
	await page.keyboard.type('guardduty', { delay: 10 });
	await expect(site.searchInput).toHaveValue('guardduty');
	await expect(site.searchDialog).toHaveAttribute('data-search-done', 'guardduty');
	expect(await site.firstResultHref()).toMatch(/\/security-services\/.*#amazon-guardduty$/);
});

test('section phrasings lift a section in search, but readers never see them', async ({
	site,
	page,
}) => {
	await site.goto('iam/');
	const phrasings = page.locator('.asn-search-phrases');
	expect(await phrasings.count()).toBeGreaterThan(10);
	for (const phrasing of await phrasings.all()) await expect(phrasing).toBeHidden();
	const text = (await phrasings.first().textContent()) ?? '';
	expect(await page.locator('main').innerText()).not.toContain(text.slice(0, 20));
	// A word only a phrasing holds finds its section, and the excerpt shows the page's own words.
	await site.search('verification code');
	expect(await site.firstResultHref()).toMatch(/#multi-factor-authentication-mfa$/);
	await expect(site.searchResults.first().locator('.asn-search__excerpt')).not.toContainText(
		'passkey; verification code',
	);
});

test('a glossary term still lands on its reference section first, never on /flashcards/', async ({
	site,
}) => {
	await site.goto('');
	for (const query of ['service control policy', 'Shield Response Team']) {
		await site.search(query);
		const hrefs = await site.searchResults.evaluateAll((links) =>
			links.map((link) => link.getAttribute('href') ?? ''),
		);
		expect(hrefs.length, query).toBeGreaterThan(0);
		expect(
			hrefs.filter((href) => href.includes('/flashcards/')),
			query,
		).toEqual([]);
	}
	await site.search('service control policy');
	expect(await site.firstResultHref()).toMatch(
		/\/organizations\/(\?[^#]*)?#service-control-policies-scps$/,
	);
});
