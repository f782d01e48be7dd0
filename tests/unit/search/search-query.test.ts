import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
	excerptParts,
	containsAllWords,
	editDistance,
	keywords,
	NameIndex,
	planCorrection,
	planQuery,
	type SearchTerm,
} from '../../../src/features/search/search-query.ts';

const answer = (url: string) => ({ url, pageTitle: 'P', sectionTitle: 'S', excerpt: 'E' });
const scp: SearchTerm = {
	term: 'Service control policy',
	acronym: 'SCP',
	aliases: ['scps', 'servce control policy'],
	answer: answer('/organizations/#scps'),
};
const guardduty: SearchTerm = {
	term: 'Amazon GuardDuty',
	aliases: ['GuardDuty', 'guard duty', 'gaurdduty'],
	answer: answer('/security-services/#amazon-guardduty'),
};
const guestOs: SearchTerm = { term: 'Guest operating system', acronym: 'guest OS', aliases: [] };
const names = new NameIndex([scp, guardduty, guestOs]);

describe('planQuery', () => {
	test('an acronym also searches its expansion, and its section is the answer', () => {
		const plan = planQuery('SCP', names);
		assert.deepEqual(plan.searches, ['scp', 'service control policy']);
		assert.equal(plan.entry, scp);
		assert.equal(plan.showingResultsFor, undefined);
	});

	test('an expansion also searches its acronym', () => {
		assert.deepEqual(planQuery('Service Control Policies', names).searches, [
			'service control policies',
			'service control policy',
			'scp',
		]);
	});

	test('a misspelling or spacing variant from the aliases is announced as its term', () => {
		for (const query of ['gaurdduty', 'guard duty', 'Guard-Duty']) {
			const plan = planQuery(query, names);
			assert.equal(plan.entry, guardduty, query);
			assert.equal(plan.showingResultsFor, 'Amazon GuardDuty', query);
		}
	});

	test('a question drops its stop words and swaps names it contains for their other form', () => {
		assert.deepEqual(planQuery('Who patches the guest OS?', names).searches, [
			'patches guest os',
			'patches guest operating system',
		]);
	});

	test('an unknown query is searched as typed', () => {
		assert.deepEqual(planQuery('kubernetes pod security', names), {
			searches: ['kubernetes pod security'],
		});
	});
});

describe('planCorrection', () => {
	test('takes a near-miss for the closest glossary term', () => {
		const plan = planCorrection('guardduity', names);
		assert.equal(plan?.showingResultsFor, 'Amazon GuardDuty');
		assert.equal(plan?.entry, guardduty);
	});

	test('offers nothing for words that are not near any term', () => {
		assert.equal(planCorrection('kubernetes', names), undefined);
		assert.equal(planCorrection('pod', names), undefined);
	});
});

describe('containsAllWords', () => {
	test('needs every word of the search, as the start of a word in the text', () => {
		assert.equal(
			containsAllWords('Who patches the guest operating system?', 'patches guest'),
			true,
		);
		assert.equal(containsAllWords('AWS patching and guests', 'patches guest'), true);
		assert.equal(containsAllWords('Security for your account.', 'kubernetes pod security'), false);
	});
});

test('keywords keeps short queries whole and strips questions to their words', () => {
	assert.equal(keywords('What is an OU'), 'ou');
	assert.equal(keywords('the root'), 'the root');
});

test('editDistance counts a swap of neighbours as one edit', () => {
	assert.equal(editDistance('gaurdduty', 'guardduty'), 1);
	assert.equal(editDistance('shield', 'sheild'), 1);
	assert.equal(editDistance('kitten', 'sitting'), 3);
});

describe('excerptParts', () => {
	test('splits an excerpt into plain and marked runs, decoding character references', () => {
		assert.deepEqual(
			excerptParts('Use <mark>SCPs</mark> &amp; <mark>RCPs</mark> &lt;b&gt; &#39;x&#x27;'),
			[
				{ text: 'Use ', marked: false },
				{ text: 'SCPs', marked: true },
				{ text: ' & ', marked: false },
				{ text: 'RCPs', marked: true },
				{ text: " <b> 'x'", marked: false },
			],
		);
	});

	test('drops any other tag and keeps its text, so indexed markup never becomes markup', () => {
		assert.deepEqual(excerptParts('<img src=x onerror=alert(1)>a<script>b</script><mark>c'), [
			{ text: 'ab', marked: false },
			{ text: 'c', marked: true },
		]);
	});

	test('leaves unknown or out-of-range references as written', () => {
		assert.deepEqual(excerptParts('&bogus; &#0; &#x110000;'), [
			{ text: '&bogus; &#0; &#x110000;', marked: false },
		]);
	});
});
