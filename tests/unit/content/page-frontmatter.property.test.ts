import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { fc } from '../../support/fast-check.ts';
import { PageFrontmatterSchema } from '../../../src/features/content/page-frontmatter.ts';

/** The collection schema of src/content.config.ts: Starlight's frontmatter extended with ours. */
const docs = docsSchema({ extend: PageFrontmatterSchema })({
	image: () => z.string(),
} as unknown as Parameters<ReturnType<typeof docsSchema>>[0]);

const word = fc.stringMatching(/^[A-Za-z][a-z]{0,9}$/);
/** Words joined into a text of `min` to `max` characters (before its final punctuation). */
const sentence = (min: number, max: number) =>
	fc.tuple(fc.array(word, { minLength: 60, maxLength: 60 }), fc.nat()).map(([words, pick]) => {
		const fits = words
			.map((_, n) => words.slice(0, n + 1).join(' '))
			.filter((text) => text.length >= min && text.length <= max);
		return fits.length > 0
			? fits[pick % fits.length]!
			: `${words.join(' ')} ${'x'.repeat(min)}`.slice(0, max).trimEnd();
	});

const description = fc
	.tuple(sentence(49, 169), fc.constantFrom('.', '!', '?'))
	.map(([text, end]) => `${text}${end}`);

/** YAML values a page could hold where text was meant: numbers, booleans, dates, lists, mappings. */
const notText = fc.oneof(
	fc.integer(),
	fc.double({ noNaN: true }),
	fc.boolean(),
	fc.constant(null),
	fc.date({ noInvalidDate: true }),
	fc.array(word, { maxLength: 3 }),
	fc.dictionary(word, word, { maxKeys: 2 }),
);

/** Valid frontmatter: a title, a description, and sometimes anchors and a lastUpdated date. */
const frontmatter = fc.record(
	{
		title: word,
		description,
		anchors: fc.dictionary(fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,15}$/), word, { maxKeys: 3 }),
		lastUpdated: fc.oneof(fc.date({ noInvalidDate: true }), fc.boolean()),
	},
	{ requiredKeys: ['title', 'description'] },
);

/** The issues a schema reports, as `path: message`. */
function issues(schema: z.ZodType, data: unknown): string[] {
	const result = schema.safeParse(data);
	assert.equal(result.success, false, `accepted ${JSON.stringify(data)}`);
	return result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** Frontmatter with one field replaced, and the one issue that must be reported. */
const broken = (field: string, value: fc.Arbitrary<unknown>, expected: RegExp) =>
	fc
		.tuple(frontmatter, value)
		.map(([data, bad]) => ({ data: { ...data, [field]: bad }, expected }));

const mistakes = {
	'a description of the wrong type': broken(
		'description',
		notText,
		/^description: The description must be one sentence of text, not (the|a|an) /,
	),
	'a description too short to help': broken(
		'description',
		fc.tuple(sentence(1, 48), fc.constantFrom('.', '!')).map(([t, e]) => `${t}${e}`),
		/^description: The description is too short to help a reader/,
	),
	'a description too long for previews': broken(
		'description',
		fc.tuple(sentence(171, 400), fc.constant('.')).map(([t, e]) => `${t}${e}`),
		/^description: The description is too long/,
	),
	'an unterminated description': broken(
		'description',
		sentence(50, 170).filter((text) => !/[.!?]$/.test(text)),
		/^description: The description must be one full sentence ending with a full stop\./,
	),
	'an anchor id that is not lowercase kebab-case': broken(
		'anchors',
		fc
			.tuple(fc.string({ minLength: 1 }), word)
			.filter(([key]) => !/^[a-z0-9][a-z0-9_-]*$/.test(key))
			.map(([key, value]) => ({ [key]: value })),
		/^anchors\..*: anchor ids are lowercase, with hyphens$/s,
	),
	'an anchor whose target is not text': broken(
		'anchors',
		notText.map((value) => ({ 'old-id': value })),
		/^anchors\.old-id: each anchor maps an old id to a current heading id \(text\)/,
	),
	'anchors that are not a mapping': broken(
		'anchors',
		fc.oneof(fc.integer(), fc.boolean(), fc.string(), fc.array(word, { maxLength: 2 })),
		/^anchors: `anchors` maps old heading ids to current ones/,
	),
	'a lastUpdated that is not a date': broken(
		'lastUpdated',
		fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(word, { maxLength: 2 })),
		/^lastUpdated: `lastUpdated` must be a date written as YYYY-MM-DD without quotes \(such as 2025-01-31\), or true or false, not /,
	),
};

describe('page frontmatter, given generated pages', () => {
	test('accepts every valid frontmatter, ours and Starlight’s', () => {
		fc.assert(
			fc.property(frontmatter, (data) => {
				assert.equal(docs.safeParse(data).success, true);
				const { title: _, ...ours } = data;
				assert.equal(PageFrontmatterSchema.safeParse(ours).success, true);
			}),
		);
	});

	test('rejects a missing description, saying what to add', () => {
		fc.assert(
			fc.property(frontmatter, ({ description: _, ...data }) => {
				assert.deepEqual(issues(docs, data), [
					'description: Every page needs a one-sentence `description`: add `description: …` to the frontmatter.',
				]);
			}),
		);
	});

	for (const [name, arbitrary] of Object.entries(mistakes)) {
		test(`rejects ${name} with one issue naming the field and the fix`, () => {
			fc.assert(
				fc.property(arbitrary, ({ data, expected }) => {
					const found = issues(docs, data);
					assert.equal(found.length, 1, found.join('\n'));
					assert.match(found[0]!, expected);
				}),
			);
		});
	}

	test('rejects a Starlight field of the wrong type at that field', () => {
		const fields = {
			title: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(word)),
			draft: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
			pagefind: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
			template: fc.string().filter((value) => value !== 'doc' && value !== 'splash'),
			'sidebar.order': fc.oneof(fc.string(), fc.boolean(), fc.constant(null)),
			'sidebar.hidden': fc.oneof(fc.string(), fc.integer()),
		};
		const wrong = fc.oneof(
			...Object.entries(fields).map(([path, value]) =>
				fc.tuple(fc.constant(path), value as fc.Arbitrary<unknown>),
			),
		);
		fc.assert(
			fc.property(frontmatter, wrong, (data, [path, value]) => {
				const [field, sub] = path.split('.') as [string, string | undefined];
				const page = { ...data, [field]: sub ? { [sub]: value } : value };
				const found = issues(docs, page);
				assert.equal(found.length, 1, found.join('\n'));
				assert.ok(found[0]!.startsWith(`${path}: `), found[0]);
			}),
		);
	});
});
