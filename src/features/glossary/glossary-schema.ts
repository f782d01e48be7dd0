import { z } from 'astro/zod';

/** One glossary term. */
const GlossaryEntrySchema = z
	.object({
		/** Kebab-case id: the anchor on the glossary page (`/glossary/#scp`) and the short link (`/go/scp/`). */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase kebab-case'),
		/** The canonical name, as pages write it. */
		term: z.string().min(2),
		/** The abbreviation, when the term has one (`SCP`). */
		acronym: z.string().min(2).optional(),
		/** Other ways readers write or type the term, including misspellings; used by search. */
		aliases: z.array(z.string().min(2)).default([]),
		/** One sentence that defines the term, shown in popovers and on the glossary page. */
		definition: z
			.string()
			.min(40, 'write a full one-sentence definition')
			.max(240, 'keep the definition to one sentence')
			.regex(/[.!?]$/, 'end the definition with a full stop'),
		/** The section that explains the term: `page#heading-id`. */
		target: z.string().regex(/^[a-z0-9-]*#[a-z0-9_-]+$/, 'targets look like `page#heading-id`'),
		/** Ids of related terms. */
		seeAlso: z.array(z.string()).default([]),
		/** Whether occurrences in page text link to the term (off for words too common to link). */
		autolink: z.boolean().default(true),
	})
	.strict();

export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** Every name an entry answers to, for duplicate checks and search. */
function namesOf(entry: Pick<GlossaryEntry, 'term' | 'acronym' | 'aliases'>): string[] {
	return [entry.term, ...(entry.acronym ? [entry.acronym] : []), ...entry.aliases];
}

/** The whole glossary: unique ids and names, and see-also references that resolve. */
export const GlossarySchema = z.array(GlossaryEntrySchema).superRefine((entries, ctx) => {
	const ids = new Map<string, number>();
	const names = new Map<string, string>();
	entries.forEach((entry, index) => {
		if (ids.has(entry.id)) {
			ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id "${entry.id}"` });
		}
		ids.set(entry.id, index);
		for (const name of namesOf(entry)) {
			const key = name.toLowerCase();
			const owner = names.get(key);
			if (owner !== undefined && owner !== entry.id) {
				ctx.addIssue({
					code: 'custom',
					path: [index, 'aliases'],
					message: `"${name}" already names "${owner}"`,
				});
			}
			names.set(key, entry.id);
		}
	});
	entries.forEach((entry, index) => {
		for (const other of entry.seeAlso) {
			if (other === entry.id || !ids.has(other)) {
				ctx.addIssue({
					code: 'custom',
					path: [index, 'seeAlso'],
					message:
						other === entry.id
							? 'an entry cannot see-also itself'
							: `see-also "${other}" is not a glossary id`,
				});
			}
		}
	});
});
