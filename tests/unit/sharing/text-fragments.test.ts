import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	formatDirective,
	needsQuoteFallback,
} from '../../../src/features/sharing/text-fragments.ts';

test('a text directive is written with -, comma and & encoded, as the syntax needs', () => {
	assert.equal(
		formatDirective({
			prefix: 'the',
			textStart: 'long-term keys, rotated',
			textEnd: 'A & B',
			suffix: 'end',
		}),
		'text=the-,long%2Dterm%20keys%2C%20rotated,A%20%26%20B,-end',
	);
	assert.equal(formatDirective({ textStart: 'IAM role' }), 'text=IAM%20role');
});

test('the site finds the quote itself only where the browser left the directive in the URL', () => {
	assert.equal(needsQuoteFallback('#iam-roles:~:text=role', false), true);
	assert.equal(needsQuoteFallback('#iam-roles:~:text=role', true), false);
	assert.equal(needsQuoteFallback('#iam-roles', false), false);
});
