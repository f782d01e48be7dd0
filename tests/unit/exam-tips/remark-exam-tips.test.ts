import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import type { VFile } from 'vfile';
import {
	remarkExamTips,
	type FoundExamTip,
} from '../../../src/features/exam-tips/remark-exam-tips.ts';
import { remarkSectionSources } from '../../../src/features/sources/remark-section-sources.ts';
import { renderError, renderMarkdown } from '../../support/markdown.ts';

const DOCS = '/site/src/content/docs';
const SOURCE = 'https://docs.aws.amazon.com/waf/latest/developerguide/ddos-overview.html';

const EXAMS = [
	{ code: 'CLF-C02', replaces: { code: 'CLF-C01' } },
	{ code: 'SCS-C03', replaces: { code: 'SCS-C02', lastExamDay: '2025-12-01' } },
];

/** The pipeline of the site, in its order: tips, then Sources lines; `found` gets the tips. */
const options = (page = 'ddos', found: FoundExamTip[][] = []) => ({
	remark: [
		remarkMdx,
		[remarkExamTips, { exams: EXAMS, docsDir: DOCS }],
		() => (_tree: Root, file: VFile) => {
			found.push((file.data as { examTips?: FoundExamTip[] }).examTips ?? []);
		},
		remarkSectionSources,
	] as never,
	path: `${DOCS}/${page}.mdx`,
	frontmatter: { verified: new Date('2026-12-01') },
});

/** A page with one section holding `tip` (line 5 when `tip` starts on its first line). */
const page = (tip: string, after = '') =>
	`## AWS Shield\n\nShield Standard is free.\n\n${tip}\n\n${after}Sources: [How AWS Shield works (WAF Developer Guide)](${SOURCE}).\n`;

const TIP = `<ExamTip id="shield-is-free" kind="trap" exams="SCS-C03 CLF-C02">\n\n"You must subscribe to Shield Standard." It is **free** and automatic.\n\n</ExamTip>`;

describe('remarkExamTips', () => {
	test('renders an aside named for its kind and exams, with a visible title and its text', async () => {
		const html = await renderMarkdown(page(TIP), options());
		assert.match(
			html,
			/<aside id="tip-shield-is-free" class="asn-exam-tip asn-exam-tip--trap" aria-label="Exam trap \(CLF-C02, SCS-C03\)">/,
		);
		assert.match(
			html,
			/<p class="asn-exam-tip__title" aria-hidden="true" data-pagefind-ignore=""><span class="asn-exam-tip__kind">Exam trap<\/span> <span class="asn-exam-tip__exam">CLF-C02<\/span> <span class="asn-exam-tip__exam">SCS-C03<\/span><\/p>/,
		);
		assert.match(
			html,
			/<div class="asn-exam-tip__content">\n?<p>"You must subscribe to Shield Standard\." It is <strong>free<\/strong> and automatic\.<\/p>\n?<\/div><\/aside>/,
		);
		// The section's Sources line still ends it, and is still checked.
		assert.match(html, /<\/aside>\n<p class="asn-sources" data-pagefind-ignore="">Sources:/);
	});

	test('names a tip "Exam tip (…)" and accepts one on a single line', async () => {
		const html = await renderMarkdown(
			page('<ExamTip id="free" kind="tip" exams="CLF-C02">Shield Standard is free.</ExamTip>'),
			options(),
		);
		assert.match(
			html,
			/<aside id="tip-free" class="asn-exam-tip asn-exam-tip--tip" aria-label="Exam tip \(CLF-C02\)">/,
		);
		assert.match(
			html,
			/<div class="asn-exam-tip__content"><p>Shield Standard is free\.<\/p><\/div>/,
		);
	});

	test('records each tip with its section, kind, exams in list order and its Markdown', async () => {
		const found: FoundExamTip[][] = [];
		const source = `${page(TIP)}\n### Shield Advanced\n\nPaid.\n\n<ExamTip id="srt" kind="tip" exams="SCS-C03">\n\nThe SRT means [Advanced](#shield-advanced).\n\n</ExamTip>\n\nSources: [Shield](${SOURCE}).\n`;
		await renderMarkdown(source, options('ddos', found));
		const tips = found[0]!;
		assert.deepEqual(
			tips.map(({ anchor, kind, exams, section }) => ({ anchor, kind, exams, section })),
			[
				{
					anchor: 'tip-shield-is-free',
					kind: 'trap',
					exams: ['CLF-C02', 'SCS-C03'],
					section: { id: 'aws-shield', text: 'AWS Shield' },
				},
				{
					anchor: 'tip-srt',
					kind: 'tip',
					exams: ['SCS-C03'],
					section: { id: 'shield-advanced', text: 'Shield Advanced' },
				},
			],
		);
		assert.equal(tips[1]!.content[0]!.type, 'paragraph');
	});

	test('leaves files outside the pages folder alone', async () => {
		const html = await renderMarkdown('Text.\n', { ...options(), path: '/elsewhere/page.mdx' });
		assert.match(html, /<p>Text\.<\/p>/);
	});
});

describe('remarkExamTips fails at the tip', () => {
	const fails = async (source: string, pattern: RegExp, name = 'ddos') =>
		assert.match(await renderError(source, options(name)), pattern);

	test('on an exam the list does not have, naming the exams there are', () =>
		fails(
			page(TIP.replace('SCS-C03 CLF-C02', 'CLF-C02 SAA-C03')),
			/ddos\.mdx:5:1: "SAA-C03" is not an exam in src\/data\/exams\.json: use one of CLF-C02, SCS-C03\./,
		));

	test('on an exam that was replaced, naming its successor', () =>
		fails(
			page(TIP.replace('SCS-C03 CLF-C02', 'SCS-C02')),
			/ddos\.mdx:5:1: the exam SCS-C02 was replaced by SCS-C03 \(its last exam day was 2025-12-01\): check that the tip holds for SCS-C03, then write exams="SCS-C03"\./,
		));

	test('on no exams, and on an exam named twice', async () => {
		await fails(
			page(TIP.replace(' exams="SCS-C03 CLF-C02"', '')),
			/ddos\.mdx:5:1: an exam tip names the exams it concerns, such as exams="CLF-C02 SCS-C03"/,
		);
		await fails(
			page(TIP.replace('SCS-C03 CLF-C02', 'SCS-C03 SCS-C03')),
			/ddos\.mdx:5:1: exams="SCS-C03 SCS-C03" names an exam twice/,
		);
	});

	test('on a missing or unknown kind', async () => {
		await fails(page(TIP.replace(' kind="trap"', '')), /ddos\.mdx:5:1: an exam tip needs a kind/);
		await fails(
			page(TIP.replace('kind="trap"', 'kind="hint"')),
			/ddos\.mdx:5:1: the kind "hint" is unknown: write kind="tip" or kind="trap"\./,
		);
		await fails(
			page(TIP.replace('kind="trap"', 'kind="constructor"')),
			/the kind "constructor" is unknown/,
		);
	});

	test('on a missing or malformed id, and an id used twice on the page', async () => {
		await fails(
			page(TIP.replace(' id="shield-is-free"', '')),
			/ddos\.mdx:5:1: an exam tip needs an id, its anchor on the page/,
		);
		await fails(
			page(TIP.replace('shield-is-free', 'Shield_Free')),
			/ddos\.mdx:5:1: the id "Shield_Free" must be lowercase kebab-case/,
		);
		await fails(
			page(`${TIP}\n\n${TIP}`),
			/ddos\.mdx:11:1: another exam tip on this page has the id "shield-is-free"/,
		);
	});

	test('on an id whose anchor a heading already has', () =>
		fails(
			`## Tip shield is free\n\nText.\n\n${TIP}\n\nSources: [Shield](${SOURCE}).\n`,
			/ddos\.mdx:5:1: the id "shield-is-free" would make the anchor #tip-shield-is-free, which a heading on this page already has/,
		));

	test('on an attribute it does not take, or one written as an expression', async () => {
		await fails(
			page(TIP.replace('<ExamTip ', '<ExamTip title="Free" ')),
			/ddos\.mdx:5:10: <ExamTip> takes id, kind, exams, not "title"/,
		);
		await fails(
			page(TIP.replace('exams="SCS-C03 CLF-C02"', "exams={'SCS-C03'}")),
			/ddos\.mdx:5:\d+: write exams as text in quotes, such as exams="CLF-C02 SCS-C03"/,
		);
	});

	test('on an empty tip', () =>
		fails(
			page('<ExamTip id="empty" kind="tip" exams="CLF-C02">\n\n</ExamTip>'),
			/ddos\.mdx:5:1: this exam tip is empty: write the tip between <ExamTip …> and <\/ExamTip>\./,
		));

	test('on anything but Markdown text inside', async () => {
		await fails(
			page(TIP.replace('\n\n"You', '\n\n```\ncode\n```\n\n"You')),
			/ddos\.mdx:7:1: an exam tip holds Markdown paragraphs and lists \(text, \*\*bold\*\*, `code`, links\), not a code block\./,
		);
		await fails(
			page(TIP.replace('It is **free**', 'It is <abbr>free</abbr>')),
			/ddos\.mdx:7:\d+: an exam tip holds Markdown paragraphs and lists .*, not a component or HTML tag\./,
		);
	});

	test('on a Sources line of its own', () =>
		fails(
			page(TIP.replace('\n\n</ExamTip>', `\n\nSources: [Shield](${SOURCE}).\n\n</ExamTip>`)),
			/ddos\.mdx:9:1: an exam tip has no Sources line of its own: the section's Sources line cites its facts\./,
		));

	test("before the first ## section, and after its section's Sources line", async () => {
		await fails(
			`${TIP}\n\n## AWS Shield\n\nFree.\n\nSources: [Shield](${SOURCE}).\n`,
			/ddos\.mdx:1:1: an exam tip belongs in an `##` section, whose facts it sums up/,
		);
		await fails(
			`## AWS Shield\n\nFree.\n\nSources: [Shield](${SOURCE}).\n\n${TIP}\n`,
			/ddos\.mdx:7:1: an exam tip goes before its section's Sources line, which cites the tip's facts too: move it above that line\./,
		);
	});

	test('inside a list, a component or a sentence', async () => {
		await fails(
			page(`- A list item\n\n  ${TIP.replaceAll('\n', '\n  ')}`),
			/ddos\.mdx:7:3: <ExamTip> is a box of its own: put it on its own lines between a section's paragraphs/,
		);
		await fails(
			page('Shield is <ExamTip id="a" kind="tip" exams="CLF-C02">free</ExamTip> for all.'),
			/ddos\.mdx:5:11: <ExamTip> is a box of its own/,
		);
	});

	test('on a Starlight aside titled "Exam tip", which the tips page would miss', () =>
		fails(
			page('<Aside type="tip" title="Exam tip">\n\nFree.\n\n</Aside>'),
			/ddos\.mdx:5:1: write exam tips as <ExamTip id="…" kind="tip" exams="…">, not as an aside titled "Exam tip"/,
		));

	test('on the exam tips page itself', () =>
		fails(page(TIP), /exam-tips\.mdx:5:1: <ExamTip> belongs on a topic page/, 'exam-tips'));
});
