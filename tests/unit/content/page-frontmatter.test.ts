import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PageFrontmatterSchema } from '../../../src/features/content/page-frontmatter.ts';

const messageOf = (input: unknown) => {
	const result = PageFrontmatterSchema.safeParse(input);
	assert.equal(result.success, false);
	return result.error?.issues.map((issue) => issue.message).join('\n') ?? '';
};

describe('PageFrontmatterSchema', () => {
	test('accepts a one-sentence description', () => {
		const result = PageFrontmatterSchema.safeParse({
			description:
				'Who secures what on AWS, and how the split changes from EC2 to managed services.',
		});
		assert.equal(result.success, true);
	});

	test('rejects a page without a description', () => {
		assert.match(messageOf({}), /needs a one-sentence `description`/);
	});

	test('rejects a description too short to help a reader', () => {
		assert.match(messageOf({ description: 'IAM stuff.' }), /too short/);
	});

	test('rejects a description too long for link previews', () => {
		assert.match(messageOf({ description: `${'word '.repeat(40)}end.` }), /too long/);
	});

	test('rejects a description that is not a full sentence', () => {
		assert.match(
			messageOf({
				description: 'Who secures what on AWS and how the split changes by service type',
			}),
			/full sentence/,
		);
	});
});
