import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTermMatcher } from '../../../src/features/glossary/term-matcher.ts';
import { term } from '../../support/unit-site.ts';

const match = createTermMatcher([
	term({ id: 'iam', term: 'AWS Identity and Access Management', acronym: 'IAM', target: 'iam#a' }),
	term({ id: 'iam-role', term: 'IAM role', target: 'iam#b' }),
	term({ id: 'scp', term: 'Service control policy', acronym: 'SCP', target: 'organizations#c' }),
	term({ id: 'encryption', term: 'Encryption', target: 'security-services#d', autolink: false }),
]);
const found = (text: string) => match(text).map((m) => `${m.entry.id}:${m.text}`);

describe('createTermMatcher', () => {
	test('finds terms in any case and their plurals', () => {
		assert.deepEqual(found('Service control policies and a service control policy.'), [
			'scp:Service control policies',
			'scp:service control policy',
		]);
	});

	test('finds acronyms only in their exact case, with a plural', () => {
		assert.deepEqual(found('SCPs and an SCP, but not scp.'), ['scp:SCPs', 'scp:SCP']);
	});

	test('prefers the longer name: "IAM role" is not "IAM"', () => {
		assert.deepEqual(found('An IAM role is not IAM itself.'), ['iam-role:IAM role', 'iam:IAM']);
	});

	test('matches whole words only', () => {
		assert.deepEqual(found('MIAMI, SCP-like, IAMs-ish and SCPx are not terms.'), []);
	});

	test('never links entries marked autolink: false', () => {
		assert.deepEqual(found('Encryption at rest.'), []);
	});
});
