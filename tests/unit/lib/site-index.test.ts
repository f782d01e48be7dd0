import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { hasTarget, indexPage, slugOf, summarize } from '../../../src/lib/site-index.ts';
import { testSite } from '../../support/unit-site.ts';

describe('indexPage', () => {
	test('reads the title, the description and heading ids as Astro makes them', () => {
		const page = indexPage(
			'x',
			'x.mdx',
			'---\ntitle: T\ndescription: D.\n---\n\n## Service control policies (SCPs)\n\nText.\n\n## Service control policies (SCPs)\n',
		);
		assert.equal(page.title, 'T');
		assert.equal(page.description, 'D.');
		assert.deepEqual(
			page.headings.map((h) => h.id),
			['service-control-policies-scps', 'service-control-policies-scps-1'],
		);
	});

	test('keeps the first sentences of each section for previews', () => {
		const page = testSite().get('iam')!;
		assert.equal(page.headings[0]!.summary, 'A role has no long-term credentials. It is assumed.');
	});

	test('records each internal link with the section it is written in', () => {
		const links = testSite().get('organizations')!.links;
		assert.deepEqual(links, [
			{ page: 'iam', fragment: 'iam-roles', fromSection: 'consolidated-billing' },
			{ page: 'iam', fragment: 'how-iam-evaluates-a-request', fromSection: 'consolidated-billing' },
		]);
	});
});

describe('indexPage on a page it cannot read', () => {
	const file = join(process.cwd(), 'src/content/docs/tips.mdx');
	const failure = (source: string) => {
		try {
			indexPage('tips', file, source);
		} catch (error) {
			return { message: (error as Error).message, hint: (error as { hint?: string }).hint };
		}
		throw new Error('indexed the page');
	};

	test('names the file, the line and column of an unclosed component, and how to close it', () => {
		const { message, hint } = failure(
			'---\ntitle: T\n---\n\nIntro.\n\n<Aside type="tip">\n\nClose me.\n',
		);
		assert.equal(
			message,
			'src/content/docs/tips.mdx:7:1: Expected a closing tag for `<Aside>` (7:1-7:19)',
		);
		assert.match(hint!, /close `<Aside>` with `<\/Aside>` after its content/);
	});

	test('names the line of a frontmatter that is not YAML', () => {
		const { message } = failure('---\ntitle: T\ndescription: a: b\n---\n\nText.\n');
		assert.match(
			message,
			/^src\/content\/docs\/tips\.mdx:3:\d+: invalid YAML in the frontmatter: bad indentation/,
		);
	});
});

describe('hasTarget', () => {
	test('knows pages, heading ids and the built-in #_top', () => {
		const site = testSite();
		assert.equal(hasTarget(site, 'iam'), true);
		assert.equal(hasTarget(site, 'iam', 'trust-policy'), true);
		assert.equal(hasTarget(site, 'iam', '_top'), true);
		assert.equal(hasTarget(site, 'iam', 'nope'), false);
		assert.equal(hasTarget(site, 'nope'), false);
	});
});

test('slugOf maps files to URL slugs', () => {
	assert.equal(slugOf('iam.mdx'), 'iam');
	assert.equal(slugOf('index.mdx'), '');
	assert.equal(slugOf('guides/index.md'), 'guides');
});

test('summarize keeps whole sentences and stays short', () => {
	assert.equal(summarize('One. Two.'), 'One. Two.');
	assert.ok(summarize(`${'word '.repeat(80)}end.`).length <= 240);
});
