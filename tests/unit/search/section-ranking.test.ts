import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
	attributeToken,
	compareScores,
	PASSAGE_TOKENS,
	passageCoverage,
	scoreSections,
	sectionMatches,
	wordWeights,
	type Anchor,
	type SubResult,
} from '../../../src/features/search/section-ranking.ts';

describe('attributeToken', () => {
	test('credits the query word a matched form belongs to', () => {
		const words = ['restricted', 'pricing', 'owns', 'paying', 'accounts'];
		assert.deepEqual(attributeToken('restrict', words), ['restricted']);
		assert.deepEqual(attributeToken('Price.', words), ['pricing']);
		assert.deepEqual(attributeToken('own', words), ['owns']);
		assert.deepEqual(attributeToken('pays', words), ['paying']);
		assert.deepEqual(attributeToken('(accounts),', words), ['accounts']);
	});

	test('credits each part of a compound, and a plural for a short part', () => {
		assert.deepEqual(attributeToken('GuardDuty', ['guard', 'duty']).sort(), ['duty', 'guard']);
		assert.deepEqual(attributeToken('account:PutAccountName', ['account']), ['account']);
		assert.deepEqual(attributeToken('OU', ['ous']), ['ous']);
	});

	test('matches a word of one or two characters only as itself', () => {
		assert.deepEqual(attributeToken('2023', ['2']), []);
		assert.deepEqual(attributeToken('2', ['2']), ['2']);
		assert.deepEqual(attributeToken('S3', ['s3']), ['s3']);
		assert.deepEqual(attributeToken('SSE-S3', ['s3']), ['s3']);
	});

	test('credits nothing for a token that is no form of any word', () => {
		assert.deepEqual(attributeToken('bypass', ['pass']), []);
		assert.deepEqual(attributeToken('account', ['management']), []);
	});
});

/** A page of three sections: an h2 with one h3, then another h2. */
const content = [
	'Policies. SCPs set limits on accounts accounts accounts.',
	'Inheritance. An SCP attached to an OU applies to every account below it.',
	'Accounts. Each account account account account has an owner.',
].join(' ');
const tokens = content.split(/\s+/);
const at = (word: string, from = 0) => tokens.indexOf(word, from);
const anchors: Anchor[] = [
	{ element: 'h2', id: 'policies', location: at('Policies.') },
	{ element: 'h3', id: 'inheritance', location: at('Inheritance.') },
	{ element: 'h2', id: 'accounts', location: at('Accounts.') },
];
const sub = (id: string, locations: number[], score = 100): SubResult => ({
	title: id,
	url: `/organizations/#${id}`,
	excerpt: '',
	locations,
	weighted_locations: locations.map((location) => ({ location, balanced_score: score })),
});
const accountsAt = tokens.flatMap((token, i) => (/^[Aa]ccounts?\b/.test(token) ? [i] : []));
const subs = [
	sub('policies', [at('SCPs'), ...accountsAt.filter((i) => i < at('Inheritance.'))]),
	sub('inheritance', [at('SCP'), at('OU'), at('account', at('Inheritance.'))]),
	sub(
		'accounts',
		accountsAt.filter((i) => i >= at('Accounts.')),
		1000,
	),
];

describe('section ranking', () => {
	test('the section holding the rare words beats one that repeats a common word', () => {
		const words = ['scp', 'ous', 'account'];
		const sections = sectionMatches(subs, content, anchors, words);
		const weight = wordWeights(
			sections.map((s) => s.words),
			words,
		);
		const ranked = scoreSections(sections, weight).map((s) => s.sub.url.split('#')[1]);
		assert.deepEqual(ranked, ['inheritance', 'policies', 'accounts']);
	});

	test('an h3 section shares the words of its h2 group, not of the next h2', () => {
		const words = ['scp', 'ous', 'account'];
		const [policies, inheritance, accounts] = sectionMatches(subs, content, anchors, words);
		assert.deepEqual([...policies!.words].sort(), ['account', 'scp']);
		assert.deepEqual([...policies!.groupWords].sort(), ['account', 'ous', 'scp']);
		assert.deepEqual([...inheritance!.groupWords].sort(), ['account', 'ous', 'scp']);
		assert.deepEqual([...accounts!.groupWords], ['account']);
	});

	test('a word every section holds weighs less than a word one section holds', () => {
		const weight = wordWeights([new Set(['a', 'b']), new Set(['a']), new Set(['a'])], ['a', 'b']);
		assert.ok(weight('b') > weight('a'));
		assert.equal(weight('unknown'), 0);
	});

	test('sums of the same weights in another order compare equal', () => {
		const [x, y, z] = [3.78, 0.75, 2.2];
		assert.notEqual(x + y + z, z + x + y);
		assert.equal(compareScores(x + y + z, z + x + y), 0);
		assert.ok(compareScores(2, 1) > 0);
	});
});

describe('passageCoverage', () => {
	const weight = () => 1;
	const match = (word: string, location: number, label = false) => ({
		word,
		location,
		label,
		score: 1,
	});

	test('counts the words one passage holds, not words spread over a long section', () => {
		const spread = [match('scp', 0), match('region', 100), match('deny', 200)];
		const close = [match('scp', 0), match('region', 5), match('deny', 12)];
		assert.equal(passageCoverage(spread, weight), 1);
		assert.equal(passageCoverage(close, weight), 3);
		assert.equal(passageCoverage([match('a', 0), match('b', PASSAGE_TOKENS)], weight), 1);
	});

	test('a word in the heading or the phrasings counts wherever the passage is', () => {
		const matches = [match('shield', 0, true), match('advanced', 0, true), match('cost', 300)];
		assert.equal(passageCoverage(matches, weight), 3);
	});
});
