import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { docsSchema } from '@astrojs/starlight/schema';
import { AstroErrorData } from 'astro/errors';
import { z } from 'astro/zod';
import {
	frontmatterLine,
	locateFrontmatterIssues,
} from '../../../src/features/content/frontmatter-lines.ts';
import { PageFrontmatterSchema } from '../../../src/features/content/page-frontmatter.ts';
import { fc } from '../../support/fast-check.ts';

const docs = docsSchema({ extend: PageFrontmatterSchema })({
	image: () => z.string(),
} as unknown as Parameters<ReturnType<typeof docsSchema>>[0]);

const DESCRIPTION =
	'Who secures what on AWS, and how the split changes from EC2 to managed services.';

/** A frontmatter field as YAML: plain, quoted, or a mapping over indented lines. */
const field = fc.oneof(
	fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,9}$/).map((value) => [value]),
	fc.constant(['"quoted: with a colon"']),
	fc.constant(['', '  nested: value', '  other: value']),
);

/** Frontmatter fields in a random order, as lines, with the line each top-level key is on. */
const page = fc
	.uniqueArray(fc.stringMatching(/^[a-z][a-zA-Z]{0,11}$/), { minLength: 1, maxLength: 6 })
	.chain((keys) => fc.tuple(fc.constant(keys), fc.tuple(...keys.map(() => field))))
	.map(([keys, values]) => {
		const lines = ['---'];
		const at = new Map<string, number>();
		keys.forEach((key, i) => {
			const [first, ...rest] = values[i]!;
			lines.push(`${key}:${first ? ` ${first}` : ''}`, ...rest);
			at.set(key, lines.length - rest.length);
		});
		lines.push('---', '', 'Body text: not a field.');
		return { source: lines.join('\n'), at };
	});

describe('frontmatterLine', () => {
	test('finds the line of each top-level field, never a nested key or the body', () => {
		fc.assert(
			fc.property(page, ({ source, at }) => {
				for (const [key, line] of at) assert.equal(frontmatterLine(source, key), line);
				assert.equal(frontmatterLine(source, 'nested'), 1);
				assert.equal(frontmatterLine(source, 'Body text'), 1);
			}),
		);
	});
});

describe('locateFrontmatterIssues', () => {
	test("puts the line of the field at fault on each issue of Astro's schema error", () => {
		const bad = fc.constantFrom<[string, unknown, RegExp]>(
			['lastUpdated', 'not-a-date', /must be a date written as YYYY-MM-DD/],
			['description', 42, /must be one sentence of text, not the number 42/],
			['title', 42, /expected string, received number/],
			['draft', 'yes', /expected boolean/],
		);
		fc.assert(
			fc.property(page, bad, ({ source, at }, [key, value, reason]) => {
				const data = { title: 'T', description: DESCRIPTION, [key]: value };
				const error = docs.safeParse(data).error!;
				const message = AstroErrorData.InvalidContentEntryDataError.message('docs', 'x', error);
				const located = locateFrontmatterIssues(message, 'src/content/docs/x.mdx', source)!;
				assert.equal(located.length, 1);
				assert.ok(located[0]!.startsWith(`src/content/docs/x.mdx:${at.get(key) ?? 1}:1: ${key}: `));
				assert.match(located[0]!, reason);
			}),
		);
	});

	test("joins a message Astro's error map writes over several lines, without its repeated path", () => {
		const message =
			'**docs → x** data does not match collection schema.\n\n  **lastUpdated**: **lastUpdated**: Did not match union.\n> Expected type `"date"`, received `"string"`\n';
		assert.deepEqual(
			locateFrontmatterIssues(message, 'x.mdx', '---\ntitle: T\nlastUpdated: soon\n---\n'),
			[
				'x.mdx:3:1: lastUpdated: Did not match union. > Expected type `"date"`, received `"string"`',
			],
		);
	});

	test('leaves a message in another format alone', () => {
		assert.equal(
			locateFrontmatterIssues('Something else broke.', 'x.mdx', '---\n---\n'),
			undefined,
		);
	});
});
