import { z } from 'astro/zod';

/** What every page adds to Starlight's frontmatter: a description fit for search results and link previews. */
export const PageFrontmatterSchema = z.object({
	/** One sentence shown in search results, link previews and the page's meta description. */
	description: z
		.string({ error: 'Every page needs a one-sentence `description`.' })
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
	/** Old heading ids that must keep working after a rename: `old-id: current-id`. */
	anchors: z
		.record(
			z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'anchor ids are lowercase, with hyphens'),
			z.string(),
		)
		.optional(),
});
