import { expect, Site, sitemapPaths, test } from './site.ts';

const WIDTHS = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 },
];

/**
 * What script changes on purpose, left out of the text comparison and tested on their own below:
 * on every topic page and on /study/, the self-check questions become forms once they near the
 * screen (without script each answer is in a `<details>`); on /study/ the progress cells are
 * filled in (without script a note says tracking needs JavaScript).
 */
const SCRIPT_ENHANCED = '[data-asn-self-check], .asn-needs-script, .asn-without-script';

/** The visible text of the page's main content, with whitespace normalised. */
const mainText = async (site: Site) => {
	await site.page.locator(SCRIPT_ENHANCED).evaluateAll((all) => {
		for (const element of all) (element as HTMLElement).style.display = 'none';
	});
	return (await site.mainText.innerText()).replace(/\s+/g, ' ').trim();
};

/**
 * Pages that show more with JavaScript than without, and what: the markup only script can use is
 * marked `data-asn-needs-script` and stays `hidden` until its script runs. Every other page is the
 * same either way.
 */
const DIFFERS_WITH_SCRIPT: Record<string, string> = {
	'/flashcards/': 'the review panel (topic filter, counts, the card and its buttons)',
};
const NEEDS_SCRIPT = '[data-asn-needs-script]';

/** The main text with JavaScript, less what only script shows. */
const mainTextWithoutScriptOnly = async (site: Site) => {
	await site.page.locator(NEEDS_SCRIPT).evaluateAll((all) => all.forEach((part) => part.remove()));
	return mainText(site);
};

/** Whether the element's first line is visible: in the viewport and not under the fixed header. */
const isUncovered = (site: Site, selector: string) =>
	site.page.locator(selector).evaluate((element) => {
		// Headings are inline in Starlight's heading wrapper: the first box is the first line.
		const box = element.getClientRects()[0];
		if (!box) return false;
		const x = box.left + Math.min(box.width / 2, 40);
		const y = box.top + box.height / 2;
		if (y < 0 || y > innerHeight) return false;
		const top = document.elementFromPoint(x, y);
		return Boolean(top && (element === top || element.contains(top)));
	});

for (const viewport of WIDTHS) {
	test.describe(`without JavaScript at ${viewport.width} px`, () => {
		test.use({ javaScriptEnabled: false, viewport });

		for (const path of sitemapPaths()) {
			test(`${path} shows all its content and diagrams`, async ({ site, browser, baseURL }) => {
				test.slow(); // loads the page twice, with and without JavaScript
				// Contexts made in a test inherit its options: turn JavaScript back on for the reference.
				const withScript = await browser.newContext({
					viewport,
					baseURL: baseURL!,
					javaScriptEnabled: true,
				});
				const reference = new Site(await withScript.newPage());
				await reference.goto(path);
				const scriptOnly = reference.page.locator(`${NEEDS_SCRIPT}:visible`);
				const differs = Object.keys(DIFFERS_WITH_SCRIPT).some((page) => path.endsWith(page));
				if (differs) await expect(scriptOnly.first()).toBeVisible();
				else await expect(scriptOnly).toHaveCount(0);
				const expected = await mainTextWithoutScriptOnly(reference);
				await withScript.close();

				await site.goto(path);
				expect(await mainText(site)).toBe(expected);
				const headings = site.page.locator(`main :is(h1, h2, h3, h4):not(${NEEDS_SCRIPT} *)`);
				expect(await headings.count()).toBeGreaterThan(0);
				const hidden = await headings.evaluateAll((all) =>
					all.filter((heading) => !heading.checkVisibility()).map((heading) => heading.id),
				);
				expect(hidden).toEqual([]);
				const figures = await site.diagrams.count();
				await expect(site.visibleDiagramSvgs).toHaveCount(figures);
				for (const svg of await site.visibleDiagramSvgs.all()) {
					const box = await svg.boundingBox();
					expect(box?.width).toBeGreaterThan(100);
					expect(box?.height).toBeGreaterThan(50);
				}
			});

			test(`${path} shows no control that needs JavaScript`, async ({ site }) => {
				await site.goto(path);
				// Buttons work without script only as native popover toggles (the phone menu).
				const dead = await site.page
					.locator('button:visible:not([popovertarget]), select:visible')
					.evaluateAll((controls) => controls.map((control) => control.outerHTML.slice(0, 120)));
				expect(dead).toEqual([]);
				await expect(site.copyLinkButtons).toHaveCount(0);
				for (const picker of await site.themePickers.all()) await expect(picker).toBeHidden();
				// Search is a link to the glossary, without the keyboard shortcut it cannot honour.
				await expect(site.searchButton).toHaveAttribute('href', /\/glossary\/$/);
				await expect(site.searchButton.locator('kbd').first()).toBeHidden();
			});

			test(`${path}: links to its sections land with the heading in view, below the header`, async ({
				site,
			}) => {
				await site.goto(path);
				const ids = await site.page
					.locator(`.sl-markdown-content :is(h2, h3, h4)[id]:not(${NEEDS_SCRIPT} *)`)
					.evaluateAll((headings) => headings.map((heading) => heading.id));
				expect(ids.length).toBeGreaterThan(0);
				// The first section and the last (which can only scroll as far as the page ends).
				for (const id of new Set([ids[0]!, ids.at(-1)!])) {
					await site.goto(`${path}#${id}`);
					const heading = `[id="${id}"]`;
					await expect(site.page.locator(heading)).toBeInViewport();
					expect(await isUncovered(site, heading), `#${id} is under the header`).toBe(true);
				}
			});
		}
	});
}

test.describe('without JavaScript, navigation', () => {
	test.use({ javaScriptEnabled: false });

	const expectEveryPage = async (site: Site) => {
		const links = await site.navigationLinks.evaluateAll((anchors) =>
			anchors
				.filter((a) => (a as HTMLElement).checkVisibility())
				.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
		);
		const home = new URL(await site.siteTitleLink.evaluate((a) => (a as HTMLAnchorElement).href))
			.pathname;
		for (const path of sitemapPaths())
			expect([...links, home], `${path} cannot be reached`).toContain(path);
	};

	test.describe('at 1280 px', () => {
		test.use({ viewport: { width: 1280, height: 800 } });

		test('the sidebar shows a link to every page', async ({ site }) => {
			await site.goto('iam/');
			await expect(site.sidebar).toBeVisible();
			await expect(site.menuButton).toBeHidden();
			await expectEveryPage(site);
		});
	});

	test.describe('at 390 px', () => {
		test.use({ viewport: { width: 390, height: 844 } });

		test('the menu button opens the menu, a native popover, with a link to every page', async ({
			site,
		}) => {
			await site.goto('iam/');
			await expect(site.sidebar).toBeHidden();
			await site.menuButton.click();
			await expect(site.sidebar).toBeVisible();
			await expectEveryPage(site);
			await site.navigationLinks.filter({ hasText: 'Glossary' }).click();
			await expect(site.page).toHaveURL(/\/glossary\/$/);
		});

		test('the menu opens and closes from the keyboard', async ({ site }) => {
			await site.goto('iam/');
			await site.menuButton.focus();
			await site.page.keyboard.press('Enter');
			await expect(site.sidebar).toBeVisible();
			await site.page.keyboard.press('Tab');
			await expect(site.sidebar.locator(':focus')).toHaveCount(1);
			await site.page.keyboard.press('Escape');
			await expect(site.sidebar).toBeHidden();
			await expect(site.menuButton).toBeFocused();
		});

		test('while the menu is open, Tab cannot reach the page hidden behind it', async ({ site }) => {
			await site.goto('iam/');
			await site.menuButton.click();
			await expect(site.sidebar).toBeVisible();
			for (const key of ['Tab', 'Shift+Tab'] as const) {
				expect(await site.regionsReachedBy(key, 40), key).toEqual(['header', 'none', 'sidebar']);
			}
		});

		test('the home page, which has no menu, links to every topic', async ({ site }) => {
			await site.goto('');
			const links = await site.page
				.locator('main a[href]:visible')
				.evaluateAll((anchors) =>
					anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
				);
			await site.goto('iam/');
			const topics = await site.topicLinks.evaluateAll((anchors) =>
				anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
			);
			expect(topics.length).toBeGreaterThan(0);
			for (const topic of topics) expect(links).toContain(topic);
		});
	});
});

// Pages built from data that read differently without JavaScript (see DIFFERS_WITH_SCRIPT).
test.describe('without JavaScript, /flashcards/', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the deck as a readable list of terms and definitions, without the review panel', async ({
		site,
	}) => {
		await site.goto('flashcards/');
		await expect(site.reviewPanel).toBeHidden();
		await expect(site.page.locator(NEEDS_SCRIPT)).toBeHidden();
		const cards = site.deckCards;
		expect(await cards.count()).toBeGreaterThan(100);
		await expect(site.page.locator('.asn-deck dl dt')).toHaveCount(await cards.count());
		await expect(site.page.locator('.asn-deck dl dd')).toHaveCount(await cards.count());
		const scp = site.page.locator('.asn-deck__card[data-card="scp:definition"]');
		await expect(scp.locator('dt')).toHaveText('Service control policy');
		await expect(scp.locator('dd')).toContainText('sets the maximum permissions');
		await expect(
			scp.getByRole('link', { name: 'Service control policy in the glossary' }),
		).toBeVisible();
		await expect(site.page.locator('.asn-deck__card[data-card="scp:acronym"] dt')).toHaveText(
			'SCP',
		);
		await expect(site.ankiDownload).toBeVisible();
	});
});

// ---------------------------------------------------------------------------------------------
// Self-checks without JavaScript: the answers are in <details>, and /study/ says that tracking
// progress needs JavaScript.
// ---------------------------------------------------------------------------------------------
test.describe('without JavaScript, self-checks', () => {
	test.use({ javaScriptEnabled: false });

	test('a topic page lists its questions with their options, and "Show answer" opens the answer, its explanation and a link to the section', async ({
		site,
	}) => {
		await site.goto('organizations/');
		const question = site.selfCheckQuestion('stop-leaving-organization');
		await question.scrollIntoViewIfNeeded();
		await expect(question.locator('.asn-question__prompt')).toBeVisible();
		await expect(question.locator('.asn-question__options > li')).toHaveCount(4);
		const explanation = question.locator('.asn-question__explanation');
		await expect(explanation).toBeHidden();
		await question.getByText('Show answer').click();
		await expect(question.locator('.asn-question__right')).toHaveText(
			'Answer: Attach an SCP that denies organizations:LeaveOrganization to the organization root',
		);
		await expect(explanation).toBeVisible();
		const read = question.getByRole('link', { name: 'Read: Typical uses for SCPs' });
		await expect(read).toBeVisible();
		await read.click();
		await expect(site.page).toHaveURL(/#typical-uses-for-scps$/);
		await expect(site.page.locator('#typical-uses-for-scps')).toBeInViewport();
	});

	test('/study/ says that tracking progress needs JavaScript, hides the cells only script fills, and shows the mixed set', async ({
		site,
	}) => {
		await site.goto('study/');
		await expect(site.page.getByText('Tracking your progress needs JavaScript')).toBeVisible();
		await expect(site.progressRow('iam')).toBeVisible();
		await expect(site.progressRow('iam').locator('[data-answered]')).toBeHidden();
		await expect(site.page.locator('[data-asn-progress] th.asn-needs-script').first()).toBeHidden();
		await expect(site.visibleSelfCheckQuestions).toHaveCount(12);
		await expect(site.page.getByText('Show answer').first()).toBeVisible();
	});
});
