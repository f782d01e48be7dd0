import { z } from 'astro/zod';
import {
	calendarDay,
	checkUniqueIds,
	entryErrors,
	filled,
	sectionList,
	text,
} from '../../lib/data-schema.ts';
import { sourcesOf } from '../sources/source-schema.ts';

const EXAM_FIELDS = 'code, name, level, launched, replaces, domains, sources';
const DOMAIN_FIELDS = 'number, title, weight, tasks, coverage, covered, note';

/** `SCS-C03`: three letters, then the version. */
const CODE = /^[A-Z]{3}-C\d{2}$/;

const ExamCode = text(
	'an exam code, such as "SCS-C03"',
	z.string().regex(CODE, 'exam codes are written like "SCS-C03"'),
);

/** A calendar day written YYYY-MM-DD. */
const Day = calendarDay('a day as "YYYY-MM-DD"', '2025-12-02');

/** A whole number of at least `min`, such as a domain's number or weight. */
const whole = (what: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
	z
		.number({
			error: (issue) =>
				issue.input === undefined ? `is missing: add ${what}` : `must be ${what}, a number`,
		})
		.int(`must be ${what}, a whole number`)
		.min(min, `must be ${what}, at least ${min}`)
		.max(max, `must be ${what}, at most ${max}`);

/** One task statement of a domain, as the exam guide words it. */
const TaskSchema = z
	.object({
		/** The guide's number, such as "2.1". */
		id: text('the task\'s number, such as "2.1"', z.string().regex(/^\d+\.\d+$/, 'is like "2.1"')),
		/** The task statement, in the guide's words. */
		title: filled('the task statement, as the exam guide words it'),
	})
	.strict();

/** One content domain of an exam, and where the site covers it. */
const DomainSchema = z
	.object(
		{
			/** The domain's number in the guide, from 1, in order. */
			number: whole("the domain's number in the guide", 1),
			/** The domain's title, in the guide's words. */
			title: filled('the domain\'s title, such as "Data Protection"'),
			/** Its share of the scored content, in per cent. */
			weight: whole('its weight in per cent of scored content', 1, 100),
			/** The domain's task statements. */
			tasks: z
				.array(TaskSchema, { error: () => 'must be a list of { "id", "title" } task statements' })
				.min(1, "list the domain's task statements"),
			/** The sections (`page#heading-id`) that teach the domain, most useful first. */
			coverage: sectionList('iam#iam-roles')
				.min(1, 'name the sections that cover the domain, or write "covered": false with a note')
				.optional(),
			/** `false` where the site does not cover the domain at all (with a `note` saying so). */
			covered: z
				.literal(false, {
					error: () => 'is false, for a domain the site does not cover; otherwise leave it out',
				})
				.optional(),
			/** One sentence: why the domain is not covered, or what a covered one leaves out. */
			note: text(
				'one sentence about what the site leaves out',
				z
					.string()
					.min(20, 'write the note as a full sentence')
					.max(240, 'keep the note to one sentence')
					.regex(/[.!?]$/, 'end the note with a full stop'),
			).optional(),
		},
		entryErrors('domain', DOMAIN_FIELDS),
	)
	.strict()
	.superRefine((domain, ctx) => {
		if (domain.coverage && domain.covered === false)
			ctx.addIssue({
				code: 'custom',
				path: ['covered'],
				message:
					'a domain either lists the sections that cover it or is "covered": false, not both',
			});
		if (!domain.coverage && domain.covered === undefined)
			ctx.addIssue({
				code: 'custom',
				path: ['coverage'],
				message:
					'is missing: list the sections that cover the domain, or write "covered": false with a note',
			});
		if (domain.covered === false && !domain.note)
			ctx.addIssue({
				code: 'custom',
				path: ['note'],
				message: 'is missing: say in one sentence why the site does not cover the domain',
			});
		domain.tasks.forEach((task, i) => {
			if (!task.id.startsWith(`${domain.number}.`))
				ctx.addIssue({
					code: 'custom',
					path: ['tasks', i, 'id'],
					message: `task ${task.id} is not in domain ${domain.number}: number it ${domain.number}.${i + 1}`,
				});
		});
	});

/** One certification exam that exam tips may name, checked against its exam guide. */
const ExamSchema = z
	.object(
		{
			/** The current exam code: what tips name in `exams="…"`, and the anchor on /exam-tips/. */
			code: ExamCode,
			/** The certification's name, such as "AWS Certified Cloud Practitioner". */
			name: filled('the certification\'s name, such as "AWS Certified Cloud Practitioner"'),
			/** The certification's level, such as "Foundational" or "Specialty". */
			level: filled('the level, such as "Foundational" or "Specialty"'),
			/** The day this version of the exam was first offered, where AWS gives it. */
			launched: Day.optional(),
			/** The version this one replaced: a tip naming that code fails with the new code. */
			replaces: z
				.object({
					code: ExamCode,
					/** The last day the old version could be taken, where AWS gives it. */
					lastExamDay: Day.optional(),
				})
				.strict()
				.optional(),
			/** The content domains, in the guide's order; their weights add up to 100. */
			domains: z
				.array(DomainSchema, { error: () => 'must be a list of domains' })
				.min(1, "list the exam's content domains"),
			/** The exam guide and the certification page the domains were checked against. */
			sources: sourcesOf('the exam'),
		},
		entryErrors('exam', EXAM_FIELDS),
	)
	.strict()
	.superRefine((exam, ctx) => {
		exam.domains.forEach((domain, i) => {
			if (domain.number !== i + 1)
				ctx.addIssue({
					code: 'custom',
					path: ['domains', i, 'number'],
					message: `is ${domain.number}, but this is domain ${i + 1}: keep the guide's order`,
				});
		});
		const total = exam.domains.reduce((sum, domain) => sum + domain.weight, 0);
		if (total !== 100)
			ctx.addIssue({
				code: 'custom',
				path: ['domains'],
				message: `the weights add up to ${total}%, not 100%: copy each weight from the exam guide`,
			});
	});

export type Exam = z.infer<typeof ExamSchema>;

/** The exams list: each code once, and no current code also listed as replaced. */
export const ExamsSchema = z
	.array(ExamSchema, {
		error: () => 'must be a JSON array of exams ([{ "code": "SCS-C03", … }])',
	})
	.min(1, 'list at least one exam')
	.superRefine((exams, ctx) => {
		checkUniqueIds(exams, ctx, 'exam', 'code');
		const codes = new Set(exams.map((exam) => exam.code));
		exams.forEach((exam, i) => {
			if (exam.replaces && codes.has(exam.replaces.code))
				ctx.addIssue({
					code: 'custom',
					path: [i, 'replaces'],
					message: `"${exam.replaces.code}" is listed as a current exam too: an exam it replaced is no longer current, so remove that entry`,
				});
		});
	});
