import { z } from 'astro/zod';
import { filled } from '../../lib/data-schema.ts';
import { checkSourceLink } from './source-links.ts';

/**
 * A source as a data file writes it (corrections, comparison tables): an AWS documentation page,
 * or a non-AWS one marked `"nonAws": true`, checked like a Sources line's links.
 */
const SourceSchema = z
	.object({
		/** The page's title, then the guide in parentheses. */
		title: filled('the page title, such as "Policy evaluation logic (IAM User Guide)"'),
		/** Its https:// address. */
		url: filled('the https:// address of the page'),
		/** A source outside AWS, allowed only where AWS documents the fact nowhere. */
		nonAws: z.boolean().default(false),
	})
	.strict()
	.superRefine((source, ctx) => {
		const problem = checkSourceLink(source.url, source.title, source.nonAws, 'with "nonAws": true');
		if (problem) ctx.addIssue({ code: 'custom', path: ['url'], message: problem });
	});

/** The sources field of a data file's entry: at least one source for `what` ("the table"). */
export function sourcesOf(what: string) {
	return z
		.array(SourceSchema, { error: () => 'must be a list of { "title", "url" } sources' })
		.min(1, `cite at least one source for ${what}`);
}
