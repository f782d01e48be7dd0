import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import { remarkComparisons } from '../../../src/features/comparisons/remark-comparisons.ts';
import {
	checkComparisonPlacement,
	loadComparisons,
} from '../../../src/features/comparisons/load-comparisons.ts';
import type { Comparison } from '../../../src/features/comparisons/comparison-schema.ts';
import { remarkSectionSources } from '../../../src/features/sources/remark-section-sources.ts';
import { renderError, renderMarkdown } from '../../support/markdown.ts';
import { makeTempDir, removeTempDirs } from '../../support/temp-files.ts';
import { testSite } from '../../support/unit-site.ts';

after(removeTempDirs);

const DOCS = '/site/src/content/docs';
const SHIELD = 'https://docs.aws.amazon.com/waf/latest/developerguide/ddos-overview.html';

const shield = (fields: Partial<Comparison> = {}): Comparison => ({
	id: 'shield-standard-vs-advanced',
	title: 'Shield Standard vs Shield Advanced',
	page: 'ddos',
	caption: 'What each tier of AWS Shield gives you.',
	aspectLabel: 'Aspect',
	columns: ['Shield Standard', 'Shield Advanced'],
	rows: [
		{ id: 'cost', aspect: 'Cost', cells: ['No additional charge', 'A **monthly** fee'] },
		{ id: 'layers', aspect: 'Layers', cells: ['3 and 4', '3, 4 and 7 with [WAF](#aws-waf)'] },
	],
	compares: ['ddos#shield-standard', 'iam#root-user'],
	sources: [{ title: 'How AWS Shield works (WAF Developer Guide)', url: SHIELD, nonAws: false }],
	...fields,
});

const options = (comparisons: Comparison[], page = 'ddos') => ({
	remark: [
		remarkMdx,
		[remarkComparisons, { comparisons, docsDir: DOCS }],
		remarkSectionSources,
		() => (tree: Root) => {
			tree.children = tree.children.filter((node) => node.type !== 'mdxFlowExpression');
		},
	] as never,
	path: `${DOCS}/${page}.mdx`,
	frontmatter: { verified: new Date('2026-12-01') },
});

const PAGE = `## Shield Standard\n\nFree for everyone.\n\nSources: [Shield](${SHIELD})\n\n<Comparison id="shield-standard-vs-advanced" />\n\n## AWS WAF\n\nLayer 7.\n\nSources: [Shield](${SHIELD})\n`;

describe('remarkComparisons', () => {
	test('renders a heading with the id, a captioned table with scoped headers and row anchors, and its sources', async () => {
		const html = await renderMarkdown(PAGE, options([shield()]));
		assert.match(
			html,
			/<h3>Shield Standard vs Shield Advanced \{#shield-standard-vs-advanced\}<\/h3>/,
		);
		assert.match(
			html,
			/<div class="asn-comparison-scroll" role="region" aria-labelledby="shield-standard-vs-advanced-caption" tabindex="0"><table class="asn-comparison"><caption id="shield-standard-vs-advanced-caption">What each tier of AWS Shield gives you\.<\/caption><thead>\n?<tr>\n?<th scope="col">Aspect<\/th>\n?<th scope="col">Shield Standard<\/th>\n?<th scope="col">Shield Advanced<\/th>/,
		);
		assert.match(
			html,
			/<tr id="shield-standard-vs-advanced-cost">\n?<th scope="row">Cost<\/th>\n?<td>No additional charge<\/td>\n?<td>A <strong>monthly<\/strong> fee<\/td>/,
		);
		assert.match(html, /<td>3, 4 and 7 with <a href="#aws-waf">WAF<\/a><\/td>/);
		assert.match(
			html,
			/<\/table><\/div>\n?<p class="asn-sources" data-pagefind-ignore="">Sources: <a href="[^"]+">How AWS Shield works \(WAF Developer Guide\)<\/a>\.<\/p>/,
		);
	});

	test('links each compared section on the page to the table, before its Sources line', async () => {
		const html = await renderMarkdown(PAGE, options([shield()]));
		assert.match(
			html,
			/<p>Free for everyone\.<\/p>\n<p class="asn-compare"><strong>Compare:<\/strong> <a href="#shield-standard-vs-advanced">Shield Standard vs Shield Advanced<\/a>\.<\/p>\n<p class="asn-sources"/,
		);
	});

	test('links compared sections on other pages to the table on its page', async () => {
		const html = await renderMarkdown(
			`## Root user\n\nOwns the account.\n\nSources: [Shield](${SHIELD})\n`,
			options([shield()], 'iam'),
		);
		assert.match(
			html,
			/<a href="\.\.\/ddos\/#shield-standard-vs-advanced">Shield Standard vs Shield Advanced<\/a>/,
		);
	});

	test('makes the heading an h2 with level={2}', async () => {
		const html = await renderMarkdown(PAGE.replace('/>', 'level={2} />'), options([shield()]));
		assert.match(html, /<h2>Shield Standard vs Shield Advanced/);
	});

	test('fails on an unknown id, naming the ones there are', async () => {
		const message = await renderError(
			PAGE.replace('shield-standard-vs-advanced"', 'shield-tiers"'),
			options([shield()]),
		);
		assert.match(
			message,
			/ddos\.mdx:7:1: there is no comparison "shield-tiers": use the id of a file in src\/data\/comparisons \(shield-standard-vs-advanced\)\./,
		);
	});

	test('fails on a table placed on another page than its own', async () => {
		const message = await renderError(PAGE, options([shield({ page: 'iam' })]));
		assert.match(
			message,
			/ddos\.mdx:7:1: the comparison "shield-standard-vs-advanced" belongs on the page "iam"/,
		);
	});

	test('fails on anything after the table before the next heading', async () => {
		const message = await renderError(
			PAGE.replace('\n\n## AWS WAF', '\n\nMore text.\n\n## AWS WAF'),
			options([shield()]),
		);
		assert.match(message, /a Sources line ends its section/);
	});
});

/** Writes comparison files into a new folder and loads them; returns the error message. */
async function loadError(files: Record<string, unknown>): Promise<string> {
	const dir = await makeTempDir('comparisons');
	await mkdir(dir, { recursive: true });
	for (const [name, value] of Object.entries(files))
		await writeFile(join(dir, name), JSON.stringify(value, null, '\t'));
	try {
		loadComparisons(dir);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('loadComparisons accepted the files');
}

describe('loadComparisons', () => {
	test('names a row with a missing cell, at the line of its cells', async () => {
		const table = shield();
		table.rows[1]!.cells = ['3 and 4'];
		const message = await loadError({ 'shield-standard-vs-advanced.json': table });
		assert.match(
			message,
			/shield-standard-vs-advanced\.json:23: rows\.1\.cells: has 1 cell\(s\) for 2 columns \(Shield Standard, Shield Advanced\)/,
		);
	});

	test('names an empty cell and a table without sources', async () => {
		const table = shield({ sources: [] });
		table.rows[0]!.cells = ['No additional charge', '  '];
		const message = await loadError({ 'shield-standard-vs-advanced.json': table });
		assert.match(message, /rows\.0\.cells\.1: is empty: every cell says something/);
		assert.match(message, /sources: cite at least one source for the table/);
	});

	test('names an id that does not match the file name', async () => {
		const message = await loadError({ 'shield.json': shield() });
		assert.match(
			message,
			/shield\.json:2: id: "shield-standard-vs-advanced" must match the file name/,
		);
	});

	test('names a title that is not "X vs Y" and a cell that is a list', async () => {
		const table = shield({ title: 'Shield tiers' });
		table.rows[0]!.cells = ['- free', 'paid'];
		const message = await loadError({ 'shield-standard-vs-advanced.json': table });
		assert.match(message, /title: name the comparison "X vs Y"/);
		assert.match(message, /rows\.0\.cells\.0: a cell is one line of inline Markdown/);
	});
});

describe('checkComparisonPlacement', () => {
	const loaded = (fields: Partial<Comparison> = {}) => ({
		...shield(fields),
		file: 'src/data/comparisons/shield-standard-vs-advanced.json',
		lines: { page: 4, compares: [20, 21] },
	});

	test('names a table that its page does not show, and a compared section that does not exist', () => {
		assert.throws(
			() =>
				checkComparisonPlacement(testSite(), [
					loaded({ page: 'iam', compares: ['iam#iam-roles', 'iam#root-user'] }),
				]),
			(error: Error) => {
				assert.match(
					error.message,
					/shield-standard-vs-advanced\.json:4: page: "iam" does not show this table: add <Comparison id="shield-standard-vs-advanced" \/> where it belongs on that page/,
				);
				assert.match(
					error.message,
					/shield-standard-vs-advanced\.json:21: compares\.1: "iam#root-user" is not a section of this site: "iam" has no heading "#root-user"; its heading ids are iam-roles, trust-policy, how-iam-evaluates-a-request/,
				);
				return true;
			},
		);
	});

	test('names a page that does not exist', () => {
		assert.throws(
			() =>
				checkComparisonPlacement(testSite(), [
					loaded({ page: 'shield', compares: ['iam#iam-roles'] }),
				]),
			/:4: page: there is no page "shield"/,
		);
	});
});
