import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
	buildSiteIndex,
	hasTarget,
	indexPage,
	type SiteIndex,
} from '../../../src/lib/site-index.ts';
import { PageFrontmatterSchema } from '../../../src/features/content/page-frontmatter.ts';
import { remarkSectionSources } from '../../../src/features/sources/remark-section-sources.ts';
import {
	generateSyntheticPages,
	readProseCorpus,
	type ProseCorpus,
	type SyntheticPage,
} from '../../bench/synthetic-pages.ts';

const docsDir = fileURLToPath(new URL('../../../src/content/docs/', import.meta.url));

// The scale bench builds these pages for many minutes: anything the build rejects should fail here.
describe('generateSyntheticPages', () => {
	let corpus: ProseCorpus;
	let pages: SyntheticPage[];
	let index: SiteIndex;

	before(async () => {
		corpus = await readProseCorpus(docsDir);
		index = buildSiteIndex(docsDir);
		const realPages = [...index.values()]
			.filter((page) => page.slug && page.slug !== 'glossary')
			.map((page) => ({
				slug: page.slug,
				title: page.title,
				headingIds: page.headings.map((h) => h.id),
			}));
		pages = generateSyntheticPages(20, corpus, realPages);
		for (const page of pages) {
			index.set(page.slug, indexPage(page.slug, join(docsDir, `${page.slug}.mdx`), page.source));
		}
	});

	test('gives every page a title and a description the frontmatter schema accepts', () => {
		for (const page of pages) {
			const entry = index.get(page.slug)!;
			assert.ok(entry.title, `${page.slug} has no title`);
			const result = PageFrontmatterSchema.safeParse({ description: entry.description });
			assert.ok(result.success, `${page.slug}: ${entry.description}`);
		}
	});

	test('cites a source at the end of every section, as the content rules require', () => {
		for (const page of pages) {
			const file = join(docsDir, `${page.slug}.mdx`);
			const entry = indexPage(page.slug, file, page.source, [remarkSectionSources()]);
			assert.equal(entry.headings.at(-1)?.id, 'sources', `${page.slug} has no Sources list`);
			assert.ok(entry.verified, `${page.slug} has no verified date`);
		}
	});

	test('writes several sections with headings unique within each page', () => {
		for (const page of pages) {
			const headings = index.get(page.slug)!.headings;
			assert.ok(headings.filter((h) => h.depth === 2).length >= 4, page.slug);
			const texts = headings.map((h) => h.text.toLowerCase());
			assert.equal(new Set(texts).size, texts.length, `${page.slug} repeats a heading`);
		}
	});

	test('links only to pages and sections that exist', () => {
		let links = 0;
		for (const page of pages) {
			for (const link of index.get(page.slug)!.links) {
				links++;
				assert.ok(
					hasTarget(index, link.page, link.fragment),
					`${page.slug} → ${link.page}#${link.fragment}`,
				);
			}
		}
		assert.ok(links > pages.length / 2, 'pages link to each other');
	});

	test('uses no MDX that needs care: JSX, expressions, term links or diagrams', () => {
		for (const page of pages) {
			const body = page.source.replace(/^---\n[\s\S]*?\n---\n/, '');
			assert.doesNotMatch(body, /[<{}]|term:|```/, page.slug);
		}
	});

	test('adds words of its own to each page, so the search vocabulary grows', () => {
		const real = new Set(
			[...index.values()]
				.filter((page) => !page.slug.startsWith('synthetic/'))
				.flatMap((page) => `${page.title} ${page.description}`.toLowerCase().split(/\W+/)),
		);
		const titleWords = pages.map((page) =>
			index.get(page.slug)!.title.split(':')[0]!.toLowerCase(),
		);
		assert.ok(titleWords.every((word) => !real.has(word)));
		assert.ok(new Set(titleWords).size > pages.length * 0.9);
	});

	test('gives the same pages for the same count', () => {
		assert.deepEqual(
			generateSyntheticPages(60, corpus, []),
			generateSyntheticPages(60, corpus, []),
		);
	});
});
