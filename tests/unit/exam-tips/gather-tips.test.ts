import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { gatherTip } from '../../../src/features/exam-tips/gather-tips.ts';
import {
	remarkExamTips,
	type FoundExamTip,
} from '../../../src/features/exam-tips/remark-exam-tips.ts';

const DOCS = '/site/src/content/docs';
const EXAMS = [{ code: 'CLF-C02' }, { code: 'SCS-C03' }];

/** The tips remarkExamTips finds on a page. */
function findTips(page: string, source: string): FoundExamTip[] {
	const processor = unified().use(remarkParse).use(remarkMdx);
	const file = new VFile({ path: `${DOCS}/${page}.mdx`, value: source, cwd: '/site' });
	remarkExamTips({ exams: EXAMS, docsDir: DOCS })(processor.parse(file) as Root, file);
	return (file.data as { examTips: FoundExamTip[] }).examTips;
}

const tipOn = (page: string, text: string, exams = 'CLF-C02') =>
	findTips(
		page,
		`## Security groups\n\nAllow only.\n\n<ExamTip id="no-deny" kind="trap" exams="${exams}">\n\n${text}\n\n</ExamTip>\n`,
	)[0]!;

describe('gatherTip', () => {
	test('copies the tip as HTML with typographic quotes, and as plain text', () => {
		const tip = gatherTip(
			'ddos',
			tipOn('ddos', '"Add a deny rule." Security groups **allow** only; it\'s `ec2` rules.'),
		);
		assert.equal(
			tip.html,
			'<p>“Add a deny rule.” Security groups <strong>allow</strong> only; it’s <code>ec2</code> rules.</p>',
		);
		assert.equal(tip.text, '“Add a deny rule.” Security groups allow only; it’s ec2 rules.');
		assert.deepEqual(
			{ page: tip.page, anchor: tip.anchor, kind: tip.kind, exams: tip.exams },
			{ page: 'ddos', anchor: 'tip-no-deny', kind: 'trap', exams: ['CLF-C02'] },
		);
		assert.deepEqual(tip.section, { id: 'security-groups', text: 'Security groups' });
	});

	test("points same-page links back to the tip's page, and keeps other links working", () => {
		const tip = gatherTip(
			'ddos',
			tipOn(
				'ddos',
				'Use a [network ACL](#network-acls), an [SCP](../organizations/#scps), [AWS](https://aws.amazon.com/) or [the term](term:nacl).',
			),
		);
		assert.equal(
			tip.html,
			'<p>Use a <a href="../ddos/#network-acls">network ACL</a>, an <a href="../organizations/#scps">SCP</a>, <a href="https://aws.amazon.com/">AWS</a> or the term.</p>',
		);
	});
});
