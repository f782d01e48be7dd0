import { basePath } from '../../src/lib/site-config.ts';
import { contrast, expectNoViolations } from '../support/accessibility-checks.ts';
import { expect, test, type Site } from './site.ts';

/** What each tip's aside is called: its kind, then the current exams it concerns. */
const NAME = /^Exam (tip|trap) \((CLF-C02|SCS-C03)(, (CLF-C02|SCS-C03))*\)$/;
const EXAMS = ['CLF-C02', 'SCS-C03'];
const THEMES = ['light', 'dark'] as const;

/** One tip as its topic page shows it. */
interface PageTip {
	/** Path and fragment of the tip: `/ddos/#tip-waf-is-layer-7`. */
	href: string;
	name: string;
	text: string;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Topic pages, read from the sidebar of a page that has it. */
async function topicPaths(site: Site): Promise<string[]> {
	await site.goto('iam/');
	const topics = await site.topicLinks.evaluateAll((links) =>
		links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
	);
	expect(topics.length).toBe(6);
	return topics;
}

/** Every tip of every topic page. */
async function pageTips(site: Site): Promise<PageTip[]> {
	const tips: PageTip[] = [];
	for (const path of await topicPaths(site)) {
		await site.goto(path);
		tips.push(
			...(await site.examTips.evaluateAll((asides) =>
				asides.map((aside) => ({
					href: `${location.pathname}#${aside.id}`,
					name: aside.getAttribute('aria-label') ?? '',
					text: aside.querySelector('.asn-exam-tip__content')!.textContent ?? '',
				})),
			)),
		);
	}
	return tips.map((tip) => ({ ...tip, text: normalise(tip.text) }));
}

test('every topic page has at least three tips, each an aside named for its kind and exams, as its title shows', async ({
	site,
}) => {
	for (const path of await topicPaths(site)) {
		await site.goto(path);
		const count = await site.examTips.count();
		expect(count, path).toBeGreaterThanOrEqual(3);
		await expect(site.page.getByRole('complementary', { name: NAME })).toHaveCount(count);
		for (const tip of await site.examTips.all()) {
			await expect(tip, path).toHaveAccessibleName(NAME);
			await expect(tip).toHaveAttribute('id', /^tip-[a-z0-9-]+$/);
			// The visible title says what the name says: "Exam trap", then the codes.
			const [name, title] = await tip.evaluate((aside) => [
				aside.getAttribute('aria-label')!,
				aside.querySelector('.asn-exam-tip__title')!.textContent!.replace(/\s+/g, ' ').trim(),
			]);
			const [, kind, codes] = name.match(/^(.+) \((.+)\)$/)!;
			expect(title, path).toBe(`${kind} ${codes!.split(', ').join(' ')}`);
			await expect(tip.locator('.asn-exam-tip__title')).toBeVisible();
			expect(
				normalise(await tip.locator('.asn-exam-tip__content').innerText()).length,
			).toBeGreaterThan(40);
		}
	}
});

test('the exam tips page lists every tip under each exam it names, each linking to the tip on its page', async ({
	site,
}) => {
	test.slow(); // visits every tip
	const tips = await pageTips(site);
	expect(tips.length).toBeGreaterThanOrEqual(18);
	await site.goto('exam-tips/');
	await expect(site.h1).toHaveText('Exam tips and traps');
	const listed: string[] = [];
	for (const code of EXAMS) {
		const copies = await site.examTipCopies(code).evaluateAll((items) =>
			items.map((item) => {
				const link = item.querySelector<HTMLAnchorElement>('.asn-exam-tip-copy__from a')!;
				const text = [...item.children]
					.filter((child) => !child.matches('.asn-exam-tip-copy__kind, .asn-exam-tip-copy__from'))
					.map((child) => child.textContent)
					.join(' ');
				return { href: new URL(link.href).pathname + new URL(link.href).hash, text };
			}),
		);
		const expected = tips.filter((tip) => tip.name.includes(code));
		expect(expected.length, code).toBeGreaterThan(0);
		expect(
			copies.map((copy) => ({ href: copy.href, text: normalise(copy.text) })).sort(byHref),
			code,
		).toEqual(expected.map(({ href, text }) => ({ href, text })).sort(byHref));
		listed.push(...copies.map((copy) => copy.href));
	}
	// Every tip names a current exam, so every tip is listed at least once.
	expect(new Set(listed)).toEqual(new Set(tips.map((tip) => tip.href)));
	for (const href of new Set(listed)) {
		await site.goto(href);
		const target = site.page.locator(`[id="${href.split('#')[1]}"]`);
		await expect(target, href).toHaveCount(1);
		await expect(target, href).toHaveClass(/\basn-exam-tip\b/);
		await expect(target, href).toBeInViewport();
	}
});

const byHref = (a: { href: string }, b: { href: string }) => a.href.localeCompare(b.href);

test('every exam domain shows the sections that cover it, or says plainly that the site does not', async ({
	site,
}) => {
	await site.goto('exam-tips/');
	const headings = await site.examSections.locator('h2').allTextContents();
	expect(headings.map((text) => text.match(/\(([A-Z]{3}-C\d\d)\)$/)?.[1])).toEqual(EXAMS);
	const targets = new Set<string>();
	for (const code of EXAMS) {
		const domains = await site.examDomains(code).evaluateAll((items) =>
			items.map((item) => ({
				title: item.querySelector('.asn-exam-domain__title')!.textContent ?? '',
				links: [...item.querySelectorAll<HTMLAnchorElement>('.asn-exam-domain__coverage a')].map(
					(a) => new URL(a.href).pathname + new URL(a.href).hash,
				),
				text: item.textContent ?? '',
			})),
		);
		expect(domains.length, code).toBeGreaterThanOrEqual(4);
		let weights = 0;
		domains.forEach((domain, i) => {
			expect(domain.title, code).toMatch(
				new RegExp(`^Domain ${i + 1}: .+ \\d+% of scored content$`),
			);
			weights += Number(domain.title.match(/(\d+)% of scored content/)![1]);
			if (domain.links.length > 0) {
				expect(domain.text, `${code} ${domain.title}`).not.toContain('Not covered by this site');
			} else {
				expect(domain.text, `${code} ${domain.title}`).toMatch(
					/Not covered by this site\. \S.{19,}/,
				);
			}
			for (const link of domain.links) targets.add(link);
		});
		expect(weights, code).toBe(100);
	}
	expect(targets.size).toBeGreaterThan(10);
	for (const href of targets) {
		await site.goto(href);
		await expect(site.page.locator(`[id="${href.split('#')[1]}"]`), href).toHaveCount(1);
	}
});

for (const theme of THEMES) {
	test(`the exam tips page, its task lists open, has no WCAG 2.2 AA violations in the ${theme} theme`, async ({
		site,
	}) => {
		await site.useTheme(theme);
		await site.goto('exam-tips/');
		await expect(site.root).toHaveAttribute('data-theme', theme);
		// The sitemap-wide scan sees the task lists closed; open them all for this one.
		await site.page.locator('.asn-exam-domain details').evaluateAll((all) => {
			for (const details of all) (details as HTMLDetailsElement).open = true;
		});
		await expectNoViolations(site.page, `on /exam-tips/ with every task list open (${theme})`);
	});

	test(`tip titles contrast at least 4.5:1 with the tip in the ${theme} theme and in print`, async ({
		site,
	}) => {
		await site.useTheme(theme);
		await site.goto('organizations/');
		await expect(site.root).toHaveAttribute('data-theme', theme);
		const pairs = async () =>
			site.examTips.evaluateAll((asides) =>
				asides.flatMap((aside) => {
					const background = getComputedStyle(aside).backgroundColor;
					return [...aside.querySelectorAll('.asn-exam-tip__kind, .asn-exam-tip__exam, p')].map(
						(part) => ({
							text: part.textContent,
							colour: getComputedStyle(part).color,
							background,
						}),
					);
				}),
			);
		const onScreen = await pairs();
		expect(onScreen.length).toBeGreaterThan(6);
		expect(onScreen.filter((p) => contrast(p.colour, p.background) < 4.5)).toEqual([]);
		await site.page.emulateMedia({ media: 'print' });
		await expect(site.examTips.first()).toBeVisible();
		expect(
			await site.examTips.first().evaluate((aside) => getComputedStyle(aside).breakInside),
		).toBe('avoid');
		expect((await pairs()).filter((p) => contrast(p.colour, p.background) < 4.5)).toEqual([]);
	});
}

test('on a phone the exam tips page fits the screen, and its task lists open from the keyboard', async ({
	site,
}) => {
	await site.page.setViewportSize({ width: 390, height: 844 });
	await site.goto('exam-tips/');
	expect(await site.page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(
		true,
	);
	const summary = site.page.locator('.asn-exam-domain summary').first();
	await summary.focus();
	await site.page.keyboard.press('Enter');
	await expect(site.page.locator('.asn-exam-domain details').first()).toHaveAttribute('open', '');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the tips are there, named, on their pages and on the exam tips page', async ({ site }) => {
		await site.goto('ddos/');
		expect(await site.examTips.count()).toBeGreaterThanOrEqual(3);
		await expect(site.page.getByRole('complementary', { name: NAME }).first()).toBeVisible();
		await site.goto('exam-tips/');
		await expect(site.examTipCopies('SCS-C03').first()).toBeVisible();
	});
});

test("search indexes the tips on their pages, never the copies on the exam tips page, its domain lists or the tips' titles", async ({
	site,
}) => {
	const tips = await pageTips(site);
	// The site's own search loads Pagefind under its Trusted Types policy; the import below then
	// gets that same module.
	await site.search('shield');
	const fragments = await site.page.evaluate(async (base) => {
		const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
		const all = await pagefind.search(null);
		return Promise.all(
			all.results.map(async (result: { data: () => Promise<{ url: string; content: string }> }) => {
				const { url, content } = await result.data();
				return { url, content };
			}),
		);
	}, basePath());
	const contentOf = (path: string) =>
		fragments.find((fragment) => new URL(fragment.url, 'http://x').pathname.endsWith(path))
			?.content;
	// A few words from the start of each tip, which its page has and the tips page must not.
	const openings = tips.map((tip) => ({
		...tip,
		words: tip.text.split(' ').slice(0, 6).join(' '),
	}));
	for (const tip of openings) {
		const page = contentOf(tip.href.split('#')[0]!.replace(basePath().replace(/\/$/, ''), ''));
		expect(page, tip.href).toContain(tip.words);
	}
	const examTips = contentOf('/exam-tips/');
	expect(examTips, 'the exam tips page is still found by its introduction').toContain(
		'This page gathers them by exam and topic',
	);
	for (const tip of openings) expect(examTips, tip.href).not.toContain(tip.words);
	for (const words of [
		'Covered in',
		'Not covered by this site',
		'of scored content',
		'Task statements',
	])
		expect(examTips).not.toContain(words);
	for (const fragment of fragments) {
		if (fragment.url.endsWith('/exam-tips/')) continue;
		expect(fragment.content, fragment.url).not.toMatch(/Exam (tip|trap) (CLF|SCS)-/);
		expect(fragment.content, fragment.url).not.toContain('SCS-C03');
	}
});
