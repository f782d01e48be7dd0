import { z } from 'astro/zod';
import { checkUniqueIds, describeValue, expects, text } from '../../lib/data-schema.ts';

const FIELDS = 'id, term, acronym, aliases, definition, target, seeAlso, autolink';

/** One glossary term. */
const GlossaryEntrySchema = z
	.object(
		{
			/** Kebab-case id: the anchor on the glossary page (`/glossary/#scp`) and the short link (`/go/scp/`). */
			id: text(
				'a lowercase kebab-case id, such as "iam-role"',
				z
					.string()
					.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase kebab-case, such as "iam-role"'),
			),
			/** The canonical name, as pages write it. */
			term: text(
				'the name as pages write it, such as "IAM role"',
				z.string().min(2, 'write the whole name (2 characters or more)'),
			),
			/** The abbreviation, when the term has one (`SCP`). */
			acronym: text(
				'the abbreviation as a string, such as "SCP", or no acronym field',
				z.string().min(2, 'an acronym has 2 characters or more'),
			).optional(),
			/** Other ways readers write or type the term, including misspellings; used by search. */
			aliases: z
				.array(
					text(
						'a name as a string, such as "SCPs"',
						z.string().min(2, 'an alias has 2 characters or more'),
					),
					expects('a list of names, such as ["SCPs", "service control policies"]'),
				)
				.default([]),
			/** One sentence that defines the term, shown in popovers and on the glossary page. */
			definition: text(
				'one sentence, as a string',
				z
					.string()
					.min(40, 'write a full one-sentence definition')
					.max(240, 'keep the definition to one sentence')
					.regex(/[.!?]$/, 'end the definition with a full stop'),
			),
			/** The section that explains the term: `page#heading-id`. */
			target: text(
				'the section that explains the term, such as "iam#iam-roles"',
				z.string().regex(/^[a-z0-9-]*#[a-z0-9_-]+$/, 'targets look like `page#heading-id`'),
			),
			/** Ids of related terms. */
			seeAlso: z
				.array(
					z.string(expects('a glossary id, such as "iam-role"')),
					expects('a list of glossary ids, such as ["iam-role"]'),
				)
				.default([]),
			/** Whether occurrences in page text link to the term (off for words too common to link). */
			autolink: z.boolean(expects('true or false')).default(true),
		},
		{
			error: (issue) =>
				issue.code === 'unrecognized_keys'
					? `is not a glossary field: remove it or fix its spelling (the fields are ${FIELDS})`
					: `must be an object with id, term, definition and target, not ${describeValue(issue.input)}`,
		},
	)
	.strict();

export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** Every name an entry answers to, with the field it is in, for duplicate checks and search. */
function namesOf(
	entry: Pick<GlossaryEntry, 'term' | 'acronym' | 'aliases'>,
): Array<[field: string, name: string]> {
	return [
		['term', entry.term],
		...(entry.acronym ? [['acronym', entry.acronym] as [string, string]] : []),
		...entry.aliases.map((alias): [string, string] => ['aliases', alias]),
	];
}

/** The whole glossary: unique ids and names, and see-also references that resolve. */
export const GlossarySchema = z
	.array(GlossaryEntrySchema, {
		error: (issue) =>
			`must be a JSON array of entries ([{ "id": …, "term": …, … }]), not ${describeValue(issue.input)}`,
	})
	.superRefine((entries, ctx) => {
		checkUniqueIds(entries, ctx, 'entry');
		const ids = new Set(entries.map((entry) => entry.id));
		const names = new Map<string, string>();
		entries.forEach((entry, index) => {
			for (const [field, name] of namesOf(entry)) {
				const key = name.toLowerCase();
				const owner = names.get(key);
				if (owner !== undefined && owner !== entry.id) {
					ctx.addIssue({
						code: 'custom',
						path: [index, field],
						message: `"${name}" already names "${owner}": keep it in one entry only`,
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
								? 'an entry cannot see-also itself: remove its own id'
								: `see-also "${other}" is not a glossary id: use the id of an existing entry, or remove it`,
					});
				}
			}
		});
	});
