import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { relativeHref, resolveInternalHref } from '../../../src/lib/urls.ts';

describe('resolveInternalHref', () => {
	test('resolves relative links from a topic page', () => {
		assert.deepEqual(resolveInternalHref('iam', '../organizations/#scps'), {
			page: 'organizations',
			fragment: 'scps',
		});
		assert.deepEqual(resolveInternalHref('iam', '#iam-roles'), {
			page: 'iam',
			fragment: 'iam-roles',
		});
		assert.deepEqual(resolveInternalHref('', 'iam/'), { page: 'iam', fragment: '' });
	});

	test('ignores external links, other schemes and files', () => {
		assert.equal(resolveInternalHref('iam', 'https://docs.aws.amazon.com/iam/'), undefined);
		assert.equal(resolveInternalHref('iam', 'mailto:a@b.c'), undefined);
		assert.equal(resolveInternalHref('iam', 'term:scp'), undefined);
		assert.equal(resolveInternalHref('iam', '../_diagrams/abc.svg'), undefined);
	});
});

describe('relativeHref', () => {
	test('links between pages without assuming the base path', () => {
		assert.equal(relativeHref('iam', 'organizations', 'scps'), '../organizations/#scps');
		assert.equal(relativeHref('', 'iam', ''), 'iam/');
		assert.equal(relativeHref('iam', '', ''), '../');
		assert.equal(relativeHref('iam', 'iam', 'roles'), '#roles');
	});
});
