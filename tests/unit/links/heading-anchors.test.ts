import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { anchorAliases, parseHeadingMarker } from '../../../src/lib/headings.ts';
import { checkPublishedLinks } from '../../../src/features/links/published-links.ts';
import { hasTarget, indexPage } from '../../../src/lib/site-index.ts';
import { remarkHeadingAnchors } from '../../../src/features/links/remark-heading-anchors.ts';
import { renderError, renderMarkdown } from '../../support/markdown.ts';
import { testSite } from '../../support/unit-site.ts';
import { removeTempDirs, writeTempJson } from '../../support/temp-files.ts';

describe('parseHeadingMarker', () => {
	test('splits a pinned id off the heading text', () => {
		assert.deepEqual(parseHeadingMarker('Service control policies (SCPs) {#scp-basics}'), {
			text: 'Service control policies (SCPs)',
			id: 'scp-basics',
		});
		assert.deepEqual(parseHeadingMarker('Plain heading'), { text: 'Plain heading', id: undefined });
	});

	test('reads only string aliases from frontmatter anchors', () => {
		assert.deepEqual(
			[...anchorAliases({ anchors: { scps: 'service-control-policies-scps', bad: 3 } })],
			[['scps', 'service-control-policies-scps']],
		);
		assert.equal(anchorAliases(undefined).size, 0);
	});
});

const render = (markdown: string, frontmatter: Record<string, unknown> = {}) =>
	renderMarkdown(markdown, {
		remark: [remarkHeadingAnchors],
		path: '/site/src/content/docs/x.md',
		frontmatter,
	});

describe('remarkHeadingAnchors', () => {
	test('pins a heading id and removes the marker from the text', async () => {
		assert.equal(
			await render('## Service control policies {#scp-basics}'),
			'<h2 id="scp-basics">Service control policies</h2>',
		);
	});

	test('keeps old ids working as anchors inside the renamed heading', async () => {
		assert.equal(
			await render('## Service control policies (SCPs)', {
				anchors: { scps: 'service-control-policies-scps' },
			}),
			'<h2><span id="scps" class="asn-anchor-alias"></span>Service control policies (SCPs)</h2>',
		);
	});

	test('fails when an alias points at a heading that is not on the page', async () => {
		const message = await renderError('## Other', {
			remark: [remarkHeadingAnchors],
			path: '/site/src/content/docs/x.md',
			frontmatter: { anchors: { scps: 'gone' } },
		});
		assert.equal(
			message,
			'src/content/docs/x.md:1:1: frontmatter anchors: "scps" points to #gone, which is not a heading on this page',
		);
	});

	test('leaves ordinary headings to Astro', async () => {
		assert.equal(
			await renderMarkdown('## Plain', { remark: [remarkHeadingAnchors] }),
			'<h2>Plain</h2>',
		);
	});
});

describe('the site index knows pinned ids and aliases', () => {
	for (const [file, marker] of [
		['p.md', '{#new-id}'],
		['p.mdx', '\\{#new-id}'],
	] as const) {
		test(`so links to them pass the link check (${file}, written ${marker})`, () => {
			const page = indexPage(
				'p',
				file,
				`---\ntitle: P\nanchors:\n  old: new-id\n---\n\n## Renamed heading ${marker}\n\nText.\n`,
			);
			const site = new Map([['p', page]]);
			assert.equal(page.headings[0]!.text, 'Renamed heading');
			assert.equal(hasTarget(site, 'p', 'new-id'), true);
			assert.equal(hasTarget(site, 'p', 'old'), true);
			assert.equal(hasTarget(site, 'p', 'renamed-heading'), false);
		});
	}
});

describe('checkPublishedLinks', () => {
	after(removeTempDirs);
	const published = (links: string[]) => writeTempJson('published-links.json', links);

	test('passes when every published link resolves', async () => {
		assert.deepEqual(
			checkPublishedLinks(testSite(), await published(['iam/#iam-roles', 'organizations/'])),
			[],
		);
	});

	test('reports a broken link with the frontmatter fix and the likely new heading', async () => {
		const problems = checkPublishedLinks(testSite(), await published(['iam/#iam-role-basics']));
		assert.match(
			problems.join('\n'),
			/\/iam\/#iam-role-basics: #iam-role-basics is no longer a heading on \/iam\//,
		);
		assert.match(problems.join('\n'), /anchors:\n {4}iam-role-basics: iam-roles/);
	});
});
