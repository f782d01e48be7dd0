import { z } from 'astro/zod';
import { calendarDay, checkUniqueIds, entryErrors, text } from '../../lib/data-schema.ts';
import { sourcesOf } from '../sources/source-schema.ts';

const FIELDS = 'id, date, page, section, kind, summary, was, now, sources';

/** What kind of mistake a correction fixes. */
export const CORRECTION_KINDS = {
	error: 'Error',
	imprecise: 'Imprecise',
	outdated: 'Out of date',
} as const;

/** A calendar day written YYYY-MM-DD, not after today. */
const Day = calendarDay('the day as "YYYY-MM-DD"', '2026-12-01', {
	check: (day) => day <= new Date().toISOString().slice(0, 10),
	message: 'is in the future: write the day the correction was made',
});

/** One entry of the corrections page: what the site said, what it says now, and why. */
const CorrectionSchema = z
	.object(
		{
			/** Kebab-case id, unique: the entry's anchor on /corrections/ (`/corrections/#kms-rotation-period`). */
			id: text(
				'a short lowercase kebab-case id, such as "kms-rotation-period"',
				z
					.string()
					.regex(
						/^[a-z0-9]+(-[a-z0-9]+)*$/,
						'ids are lowercase kebab-case, such as "kms-rotation-period"',
					),
			),
			/** The day the site was corrected. */
			date: Day,
			/** The page corrected: its file name in src/content/docs without `.mdx` (`iam`). */
			page: text('the page\'s slug, such as "iam"'),
			/** The heading id of the section that now holds the corrected text (or a glossary id). */
			section: text(
				'the heading id of the corrected section, such as "root-only-tasks"',
				z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'heading ids are lowercase, with hyphens'),
			),
			/** What was wrong: a plain error, an imprecise claim, or one that AWS has made out of date. */
			kind: z.enum(Object.keys(CORRECTION_KINDS) as [keyof typeof CORRECTION_KINDS], {
				error: () => `must be one of ${Object.keys(CORRECTION_KINDS).join(', ')}`,
			}),
			/** The correction in one sentence: the headline of the entry. */
			summary: text(
				'one sentence that states the correction',
				z
					.string()
					.min(20, 'write the correction as a full sentence')
					.max(200, 'keep the summary to one sentence')
					.regex(/[.!?]$/, 'end the summary with a full stop'),
			),
			/** What the page said before. */
			was: text('what the page said before', z.string().min(10, 'say what the page said')),
			/** What the page says now, and why. */
			now: text('what the page says now, and why', z.string().min(10, 'say what it says now')),
			/** The AWS documentation behind the correction. */
			sources: sourcesOf('the correction'),
		},
		entryErrors('correction', FIELDS),
	)
	.strict();

export type Correction = z.infer<typeof CorrectionSchema>;

/** The corrections list: newest first, so that a reader sees the latest change at the top. */
export const CorrectionsSchema = z
	.array(CorrectionSchema, {
		error: () => 'must be a JSON array of corrections ([{ "date": …, "page": …, … }])',
	})
	.superRefine((entries, ctx) => {
		checkUniqueIds(entries, ctx, 'correction');
		entries.forEach((entry, i) => {
			const previous = entries[i - 1];
			if (previous && entry.date > previous.date) {
				ctx.addIssue({
					code: 'custom',
					path: [i, 'date'],
					message: `${entry.date} is newer than the entry before it (${previous.date}): keep the list newest first`,
				});
			}
		});
	});
