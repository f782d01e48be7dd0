import { z } from 'astro/zod';

/** A YAML value as an error shows it: `the number 42`, `the string "x"`, `a list`. */
function describeValue(value: unknown): string {
	if (value === null) return 'an empty value';
	if (Array.isArray(value)) return 'a list';
	if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
	if (typeof value === 'object') return 'a nested mapping';
	const shown = JSON.stringify(value);
	return shown.length > 40 ? `a long ${typeof value}` : `the ${typeof value} ${shown}`;
}

/** An old heading id kept working by `anchors`: lowercase, with hyphens. */
const ANCHOR_ID = /^[a-z0-9][a-z0-9_-]*$/;

/** Today as YYYY-MM-DD (UTC), the latest day a page can have been checked. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * What every page adds to Starlight's frontmatter: a description fit for search results and link
 * previews, the day its facts were checked, old anchors to keep working, and a clearer error for
 * Starlight's `lastUpdated`.
 */
export const PageFrontmatterSchema = z.object({
	/** One sentence shown in search results, link previews and the page's meta description. */
	description: z
		.string({
			error: (issue) =>
				issue.input === undefined
					? 'Every page needs a one-sentence `description`: add `description: …` to the frontmatter.'
					: `The description must be one sentence of text, not ${describeValue(issue.input)}: write \`description: …\` as a sentence.`,
		})
		// Checked once it is text: zod 4 would also measure a list's length against the minimum.
		.pipe(
			z
				.string()
				.trim()
				.min(
					50,
					'The description is too short to help a reader: write one full sentence (50-170 characters).',
				)
				.max(
					170,
					'The description is too long for search results and link previews: keep it under 170 characters.',
				)
				.regex(/[.!?]$/, 'The description must be one full sentence ending with a full stop.'),
		),
	/**
	 * The day the page's facts were last checked against AWS documentation: shown on the page, used
	 * as the sitemap's `lastmod`. Required on a page with Sources lines (src/features/sources/).
	 */
	verified: z
		.date({
			error: (issue) =>
				`\`verified\` must be the day the page was checked, written as YYYY-MM-DD without quotes (such as 2026-12-01), not ${describeValue(issue.input)}.`,
		})
		.refine((day) => day.toISOString().slice(0, 10) <= today(), {
			error: (issue) =>
				`\`verified\` is ${(issue.input as Date).toISOString().slice(0, 10)}, a day in the future: write the day you checked the page against AWS documentation.`,
		})
		.optional(),
	/** Old heading ids that must keep working after a rename: `old-id: current-id`. */
	anchors: z
		// zod's record silently drops a `__proto__` key (prototype-pollution safety), which would let
		// a bad anchor id pass unreported: check the keys as written first.
		.unknown()
		.superRefine((anchors, ctx) => {
			if (!anchors || typeof anchors !== 'object' || Array.isArray(anchors)) return;
			for (const key of Object.keys(anchors)) {
				if (!ANCHOR_ID.test(key))
					ctx.addIssue({
						code: 'custom',
						path: [key],
						message: 'anchor ids are lowercase, with hyphens',
					});
			}
		})
		.pipe(
			z.record(
				z.string().regex(ANCHOR_ID, 'anchor ids are lowercase, with hyphens'),
				z.string({
					error: (issue) =>
						`each anchor maps an old id to a current heading id (text), not ${describeValue(issue.input)}`,
				}),
				{
					// The record reports its keys' problems too: keep the key's own message for those.
					error: (issue) =>
						issue.code === 'invalid_key'
							? 'anchor ids are lowercase, with hyphens'
							: `\`anchors\` maps old heading ids to current ones (\`old-id: current-id\` on indented lines), not ${describeValue(issue.input)}`,
				},
			),
		)
		.optional(),
	/**
	 * Starlight's own field (a date, or `false` to hide it), with the same type and an error that
	 * says how to write a date: Starlight's says only that the value matched neither.
	 */
	lastUpdated: z
		.union([z.date(), z.boolean()], {
			error: (issue) =>
				`\`lastUpdated\` must be a date written as YYYY-MM-DD without quotes (such as 2025-01-31), or true or false, not ${describeValue(issue.input)}.`,
		})
		.optional(),
});
