import { z } from 'astro/zod';
import { checkUniqueIds, entryErrors, filled, text } from '../../lib/data-schema.ts';
import { sourcesOf } from '../sources/source-schema.ts';

const QUESTION_FIELDS = 'id, type, prompt, options, explanation, section, sources';
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The two kinds of question: one right option, or several. */
const QUESTION_TYPES = ['single', 'multiple'] as const;

/** How many options a question offers. */
const OPTIONS = { min: 3, max: 6 } as const;

/** One answer a reader may choose. */
const OptionSchema = z
	.object(
		{
			/** The option as the reader sees it: plain text, one line. */
			text: filled('the option\'s text, such as "Attach an SCP to the organization root"'),
			/** Whether choosing it is right. */
			correct: z.boolean({
				error: (issue) =>
					issue.input === undefined
						? 'is missing: add "correct": true or "correct": false'
						: 'must be true or false',
			}),
		},
		entryErrors('option', 'text, correct'),
	)
	.strict();

/** One self-check question about a topic page. */
const QuestionSchema = z
	.object(
		{
			/** Kebab-case, unique across the site: results are kept on the device under it. */
			id: text(
				'the question\'s id, such as "stop-leaving-organization"',
				z
					.string()
					.regex(KEBAB, 'must be lowercase kebab-case, such as "stop-leaving-organization"'),
			),
			/** `single`: exactly one option is right; `multiple`: two or more are. */
			type: z.enum(QUESTION_TYPES, {
				error: (issue) =>
					issue.input === undefined
						? 'is missing: add "type": "single" (one right option) or "multiple" (two or more)'
						: `must be "single" (one right option) or "multiple" (two or more), not ${JSON.stringify(issue.input)}`,
			}),
			/** The question, preferably a scenario: "A team needs to…". */
			prompt: filled('the question, such as "A team needs to … What should it do?"'),
			/** The options, in the order shown: 3 to 6, each text once. */
			options: z
				.array(OptionSchema, {
					error: () => 'must be a list of { "text", "correct" } options',
				})
				.min(OPTIONS.min, `offer at least ${OPTIONS.min} options`)
				.max(OPTIONS.max, `offer at most ${OPTIONS.max} options`),
			/** Why the right answer is right (and a tempting wrong one wrong), in a sentence or three. */
			explanation: filled('why the right answer is right, in one to three sentences'),
			/** The section that teaches the answer: `page#heading-id`. */
			section: text(
				'the section that teaches the answer, such as "organizations#typical-uses-for-scps"',
				z.string().regex(/^[a-z0-9-]+#[a-z0-9_-]+$/, 'sections look like `page#heading-id`'),
			),
			/** The AWS documentation behind the answer. */
			sources: sourcesOf('the answer'),
		},
		entryErrors('question', QUESTION_FIELDS),
	)
	.strict()
	.superRefine((question, ctx) => {
		const right = question.options.filter((option) => option.correct).length;
		if (question.type === 'single' && right !== 1)
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: `a single-choice question has exactly one correct option, not ${right}: mark one "correct": true, or make it "type": "multiple"`,
			});
		if (question.type === 'multiple' && right < 2)
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: `a multiple-choice question has at least two correct options, not ${right}: mark more, or make it "type": "single"`,
			});
		if (right === question.options.length)
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: 'every option is correct: add at least one wrong option',
			});
		const seen = new Set<string>();
		question.options.forEach((option, i) => {
			const key = option.text.trim().toLowerCase();
			if (seen.has(key))
				ctx.addIssue({
					code: 'custom',
					path: ['options', i, 'text'],
					message: `"${option.text}" is offered twice: give each option its own text`,
				});
			seen.add(key);
		});
	});

export type Question = z.infer<typeof QuestionSchema>;

/** A page's self-check file: its questions, each id once. */
export const QuestionFileSchema = z
	.array(QuestionSchema, {
		error: () => 'must be a JSON array of questions ([{ "id": "…", "type": "single", … }])',
	})
	.superRefine((questions, ctx) => checkUniqueIds(questions, ctx, 'question'));
