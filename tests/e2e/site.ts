import { test as base, expect, type Page } from '@playwright/test';
import type { SearchShown } from '../support/search-quality.ts';

export { sitemapEntries, sitemapPaths } from '../support/sitemap.ts';

/** Problems a reader would see in the console or network panel while a page loads. */
export interface PageProblems {
	consoleErrors: string[];
	failedRequests: string[];
}

/** Page object: every selector the suite relies on lives here. */
export class Site {
	readonly problems: PageProblems = { consoleErrors: [], failedRequests: [] };

	constructor(readonly page: Page) {
		page.on('console', (message) => {
			if (message.type() !== 'error') return;
			// "Failed to load resource" names no URL in its text; the location does.
			const { url } = message.location();
			this.problems.consoleErrors.push(url ? `${message.text()} [${url}]` : message.text());
		});
		page.on('pageerror', (error) => this.problems.consoleErrors.push(error.message));
		page.on('requestfailed', (request) =>
			this.problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`),
		);
		page.on('response', (response) => {
			if (response.status() >= 400)
				this.problems.failedRequests.push(`${response.url()} (${response.status()})`);
		});
	}

	async goto(path: string) {
		return this.page.goto(path, { waitUntil: 'load' });
	}

	get h1() {
		return this.page.locator('h1');
	}

	/** The `<html>` element, whose `data-theme` Starlight sets. */
	get root() {
		return this.page.locator('html');
	}

	/** Starlight's "Skip to content" link. */
	get skipLink() {
		return this.page.locator('a.sl-skip-link');
	}

	get header() {
		return this.page.locator('header.header');
	}

	/** The site navigation: the sidebar on wide screens, the menu on narrow ones. */
	get sidebar() {
		return this.page.locator('#starlight__sidebar');
	}

	/** Starlight's button that opens the sidebar as a menu on narrow screens. */
	get menuButton() {
		return this.page.locator('button.sl-menu-button');
	}

	/** Links in the sidebar or menu that lead to pages. */
	get navigationLinks() {
		return this.sidebar.locator('a[href]');
	}

	/** Starlight's theme picker (one in the header, one in the mobile menu). */
	get themePickers() {
		return this.page.locator('starlight-theme-select');
	}

	/** Makes pages start in this theme, as if the reader had chosen it in the theme picker before. */
	async useTheme(theme: 'light' | 'dark') {
		await this.page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
	}

	/** A short description of the focused element and the part of the page it is in. */
	async focused(): Promise<{ region: string; element: string }> {
		return this.page.evaluate(() => {
			const element = document.activeElement;
			if (!element || element === document.body) return { region: 'none', element: 'body' };
			const regions: Array<[string, string]> = [
				['search', 'asn-search dialog'],
				['skip link', '.sl-skip-link'],
				['header', 'header.header'],
				// The sidebar, or on phones the menu and its button.
				['sidebar', 'nav.sidebar'],
				['table of contents', '.right-sidebar, mobile-starlight-toc'],
				['content', 'main'],
			];
			const region = regions.find(([, selector]) => element.closest(selector))?.[0] ?? 'other';
			const name = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
			return {
				region,
				element: `${element.tagName.toLowerCase()} “${name.replace(/\s+/g, ' ').slice(0, 40)}”`,
			};
		});
	}

	/** The regions focus visits in `presses` presses of `key` ("none" is the browser's own UI). */
	async regionsReachedBy(key: 'Tab' | 'Shift+Tab', presses: number): Promise<string[]> {
		const regions = new Set<string>();
		for (let i = 0; i < presses; i++) {
			await this.page.keyboard.press(key);
			regions.add((await this.focused()).region);
		}
		return [...regions].sort();
	}

	get metaDescription() {
		return this.page.locator('meta[name="description"]');
	}

	/** Headings of the page's Markdown content (not the table of contents). */
	contentHeadings(level: 'h2' | 'h3') {
		return this.page.locator(`.sl-markdown-content ${level}`);
	}

	/** "Checked against AWS documentation on …": the date the page's facts were verified. */
	get verifiedDate() {
		return this.page.locator('.asn-verified time');
	}

	/** The scroll region that holds a comparison table, by the comparison's id. */
	comparison(id: string) {
		return this.page.locator(`.asn-comparison-scroll:has(> table > caption[id="${id}-caption"])`);
	}

	/** The exam tips and traps in the page's content. */
	get examTips() {
		return this.page.locator('.sl-markdown-content aside.asn-exam-tip');
	}

	/** On the exam tips page: every exam's section. */
	get examSections() {
		return this.page.locator('.sl-markdown-content section.asn-exam');
	}

	/** On the exam tips page: the copies of the tips that name an exam. */
	examTipCopies(code: string) {
		return this.page.locator(
			`.sl-markdown-content section.asn-exam[aria-labelledby="${code.toLowerCase()}"] .asn-exam-tip-copy`,
		);
	}

	/** On the exam tips page: the domains of an exam, each with where the site covers it. */
	examDomains(code: string) {
		return this.page.locator(
			`.sl-markdown-content section.asn-exam[aria-labelledby="${code.toLowerCase()}"] .asn-exam-domain`,
		);
	}

	/** On the flashcards page: the review panel, shown only with JavaScript. */
	get reviewPanel() {
		return this.page.locator('section.asn-review');
	}

	/** On the flashcards page: the card under review, a focusable region. */
	get flashcard() {
		return this.page.locator('.asn-review .asn-flashcard');
	}

	get flashcardFront() {
		return this.flashcard.locator('.asn-flashcard__front');
	}

	get flashcardBack() {
		return this.flashcard.locator('.asn-flashcard__back');
	}

	/** The links under the card under review: its glossary entry and its section. */
	get flashcardLinks() {
		return this.page.locator('.asn-review .asn-flashcard__links a');
	}

	/** "Due today N · New N · Learnt N", as numbers. */
	async reviewCounts(): Promise<{ due: number; new: number; learnt: number }> {
		const count = async (kind: string) =>
			Number(await this.page.locator(`.asn-review [data-count="${kind}"]`).textContent());
		return { due: await count('due'), new: await count('new'), learnt: await count('learnt') };
	}

	/** A button of the review panel, by its visible name ("Show answer", "Good", "Reset progress"…). */
	reviewButton(name: string | RegExp) {
		return this.reviewPanel.getByRole('button', { name });
	}

	/** The topic filter's checkbox for a topic, by its label. */
	topicFilter(label: string | RegExp) {
		return this.reviewPanel.getByRole('checkbox', { name: label });
	}

	/** The message shown when saved progress could not be read. */
	get reviewNotice() {
		return this.page.locator('.asn-review__notice');
	}

	/** "Nothing due": shown when the queue is empty. */
	get reviewDone() {
		return this.page.locator('.asn-review__done');
	}

	/** The deck as a list of terms and definitions: one entry per card. */
	get deckCards() {
		return this.page.locator('.asn-deck .asn-deck__card');
	}

	/** The "Download deck for Anki (CSV)" link. */
	get ankiDownload() {
		return this.page.getByRole('link', { name: 'Download deck for Anki (CSV)' });
	}

	/** The page's self-check: its questions, score line, buttons and live region. */
	get selfCheck() {
		return this.page.locator('.sl-markdown-content [data-asn-self-check]');
	}

	/** A question of the self-check by its id (visible or not). */
	selfCheckQuestion(id: string) {
		return this.selfCheck.locator(`li[data-question="${id}"]`);
	}

	/** The questions of the self-check a reader can see. */
	get visibleSelfCheckQuestions() {
		return this.selfCheck.locator('li[data-question]:visible');
	}

	/** The self-check's polite live region, which announces results. */
	get selfCheckAnnouncement() {
		return this.selfCheck.locator('[role="status"][aria-live="polite"]');
	}

	get selfCheckScore() {
		return this.selfCheck.locator('.asn-self-check__score');
	}

	get selfCheckNotice() {
		return this.selfCheck.locator('[data-self-check-notice]');
	}

	/** On the study page: the progress table's row of a topic. */
	progressRow(topic: string) {
		return this.page.locator(`[data-asn-progress] tr[data-topic="${topic}"]`);
	}

	/** The Sources lines that end the page's sections. */
	get sourcesLines() {
		return this.page.locator('.sl-markdown-content p.asn-sources');
	}

	/** Entries of the Sources list at the end of the page. */
	get pageSources() {
		return this.page.locator('.sl-markdown-content ul.asn-page-sources > li');
	}

	get mainText() {
		return this.page.locator('main');
	}

	/** Links in the desktop sidebar navigation. */
	get sidebarLinks() {
		return this.page.locator('#starlight__sidebar .top-level a[href]');
	}

	/** Links in the sidebar's "Topics" group: the topic pages, in the notes' order. */
	get topicLinks() {
		return this.page.locator(
			'#starlight__sidebar details:has(> summary:has-text("Topics")) a[href]',
		);
	}

	/** Links in one of the sidebar's groups ("Topics", "Study", "Reference"), in order. */
	sidebarGroupLinks(label: string) {
		return this.page.locator(
			`#starlight__sidebar details:has(> summary:has-text("${label}")) a[href]`,
		);
	}

	/** Glossary terms linked in the page's text. */
	get termLinks() {
		return this.page.locator('.sl-markdown-content a.asn-term');
	}

	/** Links written by authors to other sections (not glossary terms). */
	get crossLinks() {
		return this.page.locator('.sl-markdown-content a[data-preview]');
	}

	/** Copy-link buttons beside section headings. */
	get copyLinkButtons() {
		return this.page.locator('.sl-markdown-content .asn-copy-link');
	}

	get popover() {
		return this.page.locator('#asn-popover');
	}

	get backlinks() {
		return this.page.locator('section.asn-backlinks');
	}

	get siteTitleLink() {
		return this.page.locator('header a.site-title');
	}

	get searchButton() {
		return this.page.locator('asn-search [data-search-open]');
	}

	get searchDialog() {
		return this.page.locator('asn-search dialog');
	}

	get searchInput() {
		return this.page.locator('asn-search .asn-search__input');
	}

	/** Search results: each option is the link to its section. */
	get searchResults() {
		return this.page.locator('asn-search [role="option"]');
	}

	get searchStatus() {
		return this.page.locator('asn-search [role="status"]');
	}

	/** Opens search as a reader would, types a query and waits until its results are rendered. */
	async search(query: string, { timeout = 10_000 } = {}) {
		if (!(await this.searchDialog.evaluate((dialog) => (dialog as HTMLDialogElement).open))) {
			await this.searchButton.click();
		}
		await expect(this.searchInput).toBeFocused();
		await this.searchInput.fill(query);
		await expect(this.searchDialog).toHaveAttribute('data-search-done', query.trim(), { timeout });
	}

	/** What the search dialog shows now: the first result's link, the number of results, the status. */
	async searchShown(): Promise<SearchShown> {
		return this.searchDialog.evaluate((dialog) => {
			const options = dialog.querySelectorAll('[role="option"]');
			return {
				firstHref: options[0]?.getAttribute('href') ?? '',
				results: options.length,
				status: dialog.querySelector('[role="status"]')?.textContent ?? '',
			};
		});
	}

	/** Where the first search result leads: path, query and fragment. */
	async firstResultHref(): Promise<string> {
		return (await this.searchResults.first().getAttribute('href')) ?? '';
	}

	/** Ids of the h2 with this id and of the h3s under it: everything a link to "that section" may land on. */
	async sectionIds(h2Id: string): Promise<string[]> {
		return this.page.locator('.sl-markdown-content').evaluate((content, id) => {
			const headings = [...content.querySelectorAll('h2[id], h3[id]')];
			const start = headings.findIndex((heading) => heading.id === id);
			if (start === -1) return [];
			const end = headings.findIndex((heading, i) => i > start && heading.tagName === 'H2');
			return headings.slice(start, end === -1 ? undefined : end).map((heading) => heading.id);
		}, h2Id);
	}

	/** Build-time diagrams on the page. */
	get diagrams() {
		return this.page.locator('figure.asn-diagram');
	}

	/** The SVGs a reader can see right now (one per diagram, in the active theme). */
	get visibleDiagramSvgs() {
		return this.page.locator('figure.asn-diagram .asn-diagram__drawing > svg:visible');
	}

	/** Chooses a colour scheme in Starlight's theme picker, as a reader would. */
	async chooseTheme(theme: 'light' | 'dark' | 'auto') {
		await this.page.locator('starlight-theme-select select').first().selectOption(theme);
	}
}

/** Where the page's Content-Security-Policy violations are collected (see recordCspViolations). */
declare global {
	interface Window {
		asnCspViolations?: string[];
	}
}

/**
 * Collects every Content-Security-Policy violation the page reports, from before its first
 * script runs. Read them with `cspViolations(page)`.
 */
export async function recordCspViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		window.asnCspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.asnCspViolations!.push(
				`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
			);
		});
	});
}

/** The violations recorded so far on the current document. */
export function cspViolations(page: Page): Promise<string[]> {
	return page.evaluate(() => window.asnCspViolations ?? []);
}

/** Every request the page made, for checks on what a reader downloads. */
export function recordRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (request) => urls.push(request.url()));
	return urls;
}

interface Fixtures {
	site: Site;
	/**
	 * Content-Security-Policy and Trusted Types violations a test expects (matched against
	 * `directive blocked what at file:line`); any other fails it. @default []
	 */
	expectedCspViolations: RegExp[];
	/** Checks every page of every test; runs on its own (`auto`). */
	cspGuard: void;
}

export const test = base.extend<Fixtures>({
	site: async ({ page }, use) => {
		await use(new Site(page));
	},
	expectedCspViolations: [[], { option: true }],
	cspGuard: [
		async ({ context, expectedCspViolations }, use, testInfo) => {
			// Every document of the test, in every page and across navigations, reports here.
			const violations: string[] = [];
			await context.exposeBinding('asnReportCspViolation', (source, text: string) =>
				violations.push(`${text} (on ${source.page?.url() ?? 'a page'})`),
			);
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					const report = (window as { asnReportCspViolation?: (text: string) => void })
						.asnReportCspViolation;
					report?.(
						`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
					);
				});
			});
			await use();
			const unexpected = violations.filter(
				(violation) => !expectedCspViolations.some((pattern) => pattern.test(violation)),
			);
			if (testInfo.status === testInfo.expectedStatus)
				expect(unexpected, 'Content-Security-Policy or Trusted Types violations').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
