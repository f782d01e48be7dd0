import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { expect, sitemapPaths, test } from './site.ts';

/** A Markdown heading's text and its `{#id}`, if it has one. */
function headingOf(node: Heading): { text: string; id?: string } {
	const text = toString(node);
	const match = /^(.*?)\s*\{#([^}]+)\}$/.exec(text);
	return match ? { text: match[1]!, id: match[2]! } : { text };
}

const parse = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown);

const headings = (tree: Root) =>
	tree.children.filter((node): node is Heading => node.type === 'heading');

for (const path of sitemapPaths()) {
	test(`${path} links to a Markdown version that parses with its title and headings`, async ({
		site,
		request,
	}) => {
		await site.goto(path);
		const link = site.page.locator('link[rel="alternate"][type="text/markdown"]');
		await expect(link).toHaveCount(1);
		const href = (await link.getAttribute('href')) ?? '';
		const response = await request.get(href);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe(
			href.endsWith('.md') ? 'text/markdown; charset=utf-8' : 'text/plain; charset=utf-8',
		);
		const markdown = await response.text();
		const tree = parse(markdown);
		const [first] = headings(tree);
		expect(first?.depth, `${href} starts with a level-1 title`).toBe(1);
		if (href.endsWith('.md')) {
			// A page's twin: its title, canonical URL, and every h2 and h3 of the content with its id.
			expect(headingOf(first!).text).toBe(await site.page.locator('h1').first().innerText());
			expect(markdown).toContain(
				`URL: ${await site.page.locator('link[rel="canonical"]').getAttribute('href')}`,
			);
			const expected = await site.page.locator('.sl-markdown-content').evaluate((content) =>
				// Controls only script can use (the flashcards' review panel) are not in the twin.
				[...content.querySelectorAll('h2[id], h3[id]')]
					.filter((h) => !h.closest('[data-asn-needs-script]'))
					.map((h) => `${h.tagName[1]} ${h.id}`),
			);
			const found = headings(tree)
				.filter((node) => node.depth === 2 || node.depth === 3)
				.map((node) => `${node.depth} ${headingOf(node).id ?? '(no id)'}`);
			expect(found).toEqual(expected);
			// No page chrome, and no link that only works from the page itself.
			expect(markdown).not.toMatch(/Section titled|Skip to content|On this page/);
			const relative = [...markdown.matchAll(/\]\((?!https?:\/\/)([^)]+)\)/g)].map((m) => m[1]);
			expect(relative, 'links are absolute').toEqual([]);
		}
	});
}

test('llms.txt links every sitemap page exactly once: itself for the home page, llms-full.txt for the study sheet', async ({
	request,
}) => {
	const index = await (await request.get('/llms.txt')).text();
	const links = [...index.matchAll(/\]\(([^)]+)\)/g)].map((m) => new URL(m[1]!).pathname);
	const expected = sitemapPaths().map((path) =>
		path === '/'
			? '/llms.txt'
			: path === '/all-topics/'
				? '/llms-full.txt'
				: `${path.slice(0, -1)}.md`,
	);
	// The home page is the index itself, so it is the one sitemap page not linked from it.
	expect(links.toSorted()).toEqual(expected.filter((path) => path !== '/llms.txt').toSorted());
	expect(new Set(links).size).toBe(links.length);
	const tree = parse(index);
	expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1 });
	expect(tree.children[1]?.type, 'a blockquote summary follows the title').toBe('blockquote');
});

test('llms-full.txt holds every twin in sidebar order', async ({ request }) => {
	const index = await (await request.get('/llms.txt')).text();
	const twins = [...index.matchAll(/\]\(([^)]+\.md)\)/g)].map((m) => new URL(m[1]!).pathname);
	const full = await (await request.get('/llms-full.txt')).text();
	const titles = headings(parse(full))
		.filter((node) => node.depth === 1)
		.map((node) => toString(node));
	const expected = [];
	for (const twin of twins) {
		const [title] = headings(parse(await (await request.get(twin)).text()));
		expected.push(toString(title!));
	}
	expect(titles).toEqual(expected);
});

test('the Markdown versions are kept out of the sitemap', async ({ request }) => {
	const sitemap = await (await request.get('/sitemap-0.xml')).text();
	expect(sitemap).not.toMatch(/\.md<|llms/);
});
