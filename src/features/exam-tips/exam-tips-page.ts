import type { HeadingEntry } from '../../lib/site-index.ts';
import type { Exam } from './exams-schema.ts';
import type { ExamTip } from './gather-tips.ts';

/** The exam's section on the exam tips page: `#scs-c03`. */
export const examAnchor = (code: string) => code.toLowerCase();

/** The exam's domain list: `#scs-c03-domains`. */
export const domainsAnchor = (code: string) => `${examAnchor(code)}-domains`;

/** One domain of the exam: `#scs-c03-domain-4`. */
export const domainAnchor = (code: string, number: number) =>
	`${examAnchor(code)}-domain-${number}`;

/** The exam's tips and traps: `#scs-c03-tips`. */
export const tipsAnchor = (code: string) => `${examAnchor(code)}-tips`;

/** The exam's tips from one page: `#scs-c03-tips-organizations`. */
export const topicAnchor = (code: string, page: string) => `${tipsAnchor(code)}-${page}`;

/** The tips for one exam, from one page. */
export interface TipGroup {
	page: string;
	title: string;
	tips: ExamTip[];
}

/**
 * The tips that name `code`, grouped by page: pages in `pageOrder` (the topics) first, in that
 * order, then any other page; tips in the order they appear on their page.
 */
export function tipsForExam(
	code: string,
	tips: readonly ExamTip[],
	pageOrder: readonly string[],
	titleOf: (page: string) => string,
): TipGroup[] {
	const groups = new Map<string, ExamTip[]>();
	for (const tip of tips) {
		if (!tip.exams.includes(code)) continue;
		groups.set(tip.page, [...(groups.get(tip.page) ?? []), tip]);
	}
	const rank = (page: string) => {
		const at = pageOrder.indexOf(page);
		return at === -1 ? pageOrder.length : at;
	};
	return [...groups]
		.sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
		.map(([page, pageTips]) => ({ page, title: titleOf(page), tips: pageTips }));
}

/**
 * The headings the exam tips page renders from data, for the site index: each exam, its domain
 * list and domains, and its tips from each page. Links to them are then checked like any other.
 */
export function examTipsHeadings(
	exams: readonly Exam[],
	tips: readonly ExamTip[],
	pageOrder: readonly string[],
	titleOf: (page: string) => string,
): HeadingEntry[] {
	return exams.flatMap((exam) => [
		{
			id: examAnchor(exam.code),
			text: `${exam.name} (${exam.code})`,
			depth: 2,
			summary: `The domains of ${exam.code}, where these notes cover each, and the tips and traps for it.`,
		},
		{ id: domainsAnchor(exam.code), text: 'Exam domains', depth: 3, summary: '' },
		...exam.domains.map((domain) => ({
			id: domainAnchor(exam.code, domain.number),
			text: `Domain ${domain.number}: ${domain.title}`,
			depth: 6,
			summary: `${domain.weight}% of the scored content of ${exam.code}.`,
		})),
		{ id: tipsAnchor(exam.code), text: `Tips and traps for ${exam.code}`, depth: 3, summary: '' },
		...tipsForExam(exam.code, tips, pageOrder, titleOf).map((group) => ({
			id: topicAnchor(exam.code, group.page),
			text: group.title,
			depth: 4,
			summary: '',
		})),
	]);
}
