import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { VFile } from 'vfile';
import { failAt, removedLeadingLines } from '../../../src/lib/source-position.ts';

describe('removedLeadingLines', () => {
	test('counts the frontmatter and blank lines stripped before remark saw the body', () => {
		const original = '---\ntitle: T\n---\n\nText.\n\nMore.\n';
		assert.equal(removedLeadingLines(new VFile({ value: 'Text.\n\nMore.\n' }), original), 4);
	});

	test('is zero when remark saw the whole file, as in .mdx pages', () => {
		const original = '---\ntitle: T\n---\n\nText.\n';
		assert.equal(removedLeadingLines(new VFile({ value: original }), original), 0);
	});

	test('is zero when the original is unknown', () => {
		assert.equal(removedLeadingLines(new VFile({ value: 'Text.' }), undefined), 0);
	});
});

describe('failAt', () => {
	test('throws with path:line:column relative to the project in the message', () => {
		const file = new VFile({ value: '', path: '/site/src/content/docs/iam.md', cwd: '/site' });
		assert.throws(
			() => failAt(file, { line: 3, column: 5 }, 'Something is wrong', 4),
			(error: Error) => {
				assert.equal(error.message, 'src/content/docs/iam.md:7:5: Something is wrong');
				return true;
			},
		);
	});
});
