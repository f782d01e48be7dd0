import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ExamTip } from '../../../src/features/exam-tips/gather-tips.ts';
import { examTipsHeadings, tipsForExam } from '../../../src/features/exam-tips/exam-tips-page.ts';

describe('the exam tips page', () => {
	const tip = (page: string, anchor: string, exams: string[]): ExamTip => ({
		page,
		anchor,
		kind: 'tip',
		exams,
		section: { id: 's', text: 'S' },
		text: 'T',
		html: '<p>T</p>',
	});
	const tips = [
		tip('security-services', 'tip-a', ['CLF-C02', 'SCS-C03']),
		tip('iam', 'tip-b', ['SCS-C03']),
		tip('glossary', 'tip-c', ['SCS-C03']),
		tip('iam', 'tip-d', ['CLF-C02', 'SCS-C03']),
	];
	const order = ['iam', 'security-services'];
	const titleOf = (page: string) => page.toUpperCase();

	test("groups an exam's tips by page, topics first in their order, tips in page order", () => {
		assert.deepEqual(
			tipsForExam('SCS-C03', tips, order, titleOf).map((group) => [
				group.title,
				group.tips.map((t) => t.anchor),
			]),
			[
				['IAM', ['tip-b', 'tip-d']],
				['SECURITY-SERVICES', ['tip-a']],
				['GLOSSARY', ['tip-c']],
			],
		);
		assert.deepEqual(
			tipsForExam('CLF-C02', tips, order, titleOf).map((group) => group.page),
			['iam', 'security-services'],
		);
	});

	test('knows the anchors it renders: exams, domain lists, domains, tips and tips by page', () => {
		const exams = [
			{
				code: 'SCS-C03',
				name: 'AWS Certified Security – Specialty',
				level: 'Specialty',
				domains: [
					{ number: 1, title: 'Detection', weight: 100, tasks: [{ id: '1.1', title: 'T' }] },
				],
				sources: [],
			},
		];
		assert.deepEqual(
			examTipsHeadings(exams, tips, order, titleOf).map((heading) => heading.id),
			[
				'scs-c03',
				'scs-c03-domains',
				'scs-c03-domain-1',
				'scs-c03-tips',
				'scs-c03-tips-iam',
				'scs-c03-tips-security-services',
				'scs-c03-tips-glossary',
			],
		);
	});
});
