import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
	findDirective,
	formatDirective,
	needsQuoteFallback,
	normalize,
	parseFragment,
	quoteDirective,
} from '../../../src/features/sharing/text-fragments.ts';

describe('text directives', () => {
	test('are written with -, comma and & encoded, and read back', () => {
		const directive = {
			prefix: 'the',
			start: 'long-term keys, rotated',
			end: 'A & B',
			suffix: 'end',
		};
		const written = formatDirective(directive);
		assert.equal(written, 'text=the-,long%2Dterm%20keys%2C%20rotated,A%20%26%20B,-end');
		assert.deepEqual(parseFragment(`#iam-roles:~:${written}`), {
			id: 'iam-roles',
			directives: [directive],
		});
	});

	test('a fragment without a directive is just its id', () => {
		assert.deepEqual(parseFragment('#iam-roles'), { id: 'iam-roles', directives: [] });
		assert.deepEqual(parseFragment('#x:~:text=a&text=b,c').directives, [
			{ start: 'a' },
			{ start: 'b', end: 'c' },
		]);
	});

	test('find the first match that has the prefix, the end and the suffix, ignoring case', () => {
		const text = normalize(
			'Roles have no keys. An IAM role   has no long-term keys; a user has long-term keys.',
		);
		assert.deepEqual(findDirective(text, { start: 'long-term keys' }), { start: 39, end: 53 });
		assert.deepEqual(findDirective(text, { prefix: 'user has', start: 'long-term keys' }), {
			start: 66,
			end: 80,
		});
		assert.deepEqual(findDirective(text, { start: 'an iam', end: 'keys' }), { start: 20, end: 53 });
		assert.equal(findDirective(text, { start: 'long-term keys', suffix: 'nothing' }), undefined);
		assert.equal(findDirective(text, { start: 'absent' }), undefined);
	});
});

describe('quoteDirective', () => {
	const page = normalize('A role has no long-term keys. A user has long-term keys and a password.');

	test('a short quote is its own words; one that appears earlier gets a prefix', () => {
		assert.deepEqual(quoteDirective('no long-term keys', page, page.indexOf('no long-term')), {
			start: 'no long-term keys',
		});
		const second = page.lastIndexOf('long-term keys');
		const directive = quoteDirective('long-term keys', page, second);
		assert.equal(directive.start, 'long-term keys');
		assert.equal(findDirective(page, directive)?.start, second);
	});

	test('a long quote gives its first and last words', () => {
		const long = 'one two three four five six seven eight nine ten eleven twelve';
		assert.deepEqual(quoteDirective(long, long, 0), {
			start: 'one two three four',
			end: 'nine ten eleven twelve',
		});
	});
});

test('the site finds the quote itself only where the browser left the directive in the URL', () => {
	assert.equal(needsQuoteFallback('#iam-roles:~:text=role', false), true);
	assert.equal(needsQuoteFallback('#iam-roles:~:text=role', true), false);
	assert.equal(needsQuoteFallback('#iam-roles', false), false);
});
