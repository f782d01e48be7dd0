import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
	excerptParts,
	editDistance,
	findComparison,
	keywords,
	NameIndex,
	planCorrection,
	planQuery,
	wordsOf,
	type ComparisonTerm,
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

const firewalls: ComparisonTerm = {
	url: '/ddos/#security-groups-vs-network-acls-vs-waf',
	pageTitle: 'Denial-of-service attacks and defences',
	title: 'Security groups vs network ACLs vs AWS WAF',
	caption: 'Three layers of traffic filtering.',
	columns: [
		['Security groups', 'security group', 'SG'],
		['Network ACLs', 'network ACL', 'NACL'],
		['AWS WAF', 'WAF', 'web application firewall'],
	],
};
const shield: ComparisonTerm = {
	url: '/ddos/#shield-standard-vs-advanced',
	pageTitle: 'Denial-of-service attacks and defences',
	title: 'Shield Standard vs Shield Advanced',
	caption: 'Two tiers.',
	columns: [
		['Shield Standard', 'AWS Shield Standard'],
		['Shield Advanced', 'AWS Shield Advanced'],
	],
};

describe('findComparison', () => {
	test('finds the table whose compared things the query names two of, however it is asked', () => {
		for (const query of [
			'nacl vs security group',
			'Security group versus network ACL',
			'waf or nacl?',
		])
			assert.equal(findComparison(query, [shield, firewalls]), firewalls, query);
		assert.equal(findComparison('shield standard or advanced', [shield, firewalls]), undefined);
		assert.equal(
			findComparison('difference between shield standard and shield advanced', [firewalls, shield]),
			shield,
		);
	});

	test('needs two different things: one name, or one thing named twice, is not a comparison', () => {
		assert.equal(findComparison('security group', [firewalls]), undefined);
		assert.equal(findComparison('security group sg rules', [firewalls]), undefined);
		assert.equal(findComparison('waf vs shield', [shield, firewalls]), undefined);
	});
});

test('wordsOf lists each word of a search once', () => {
	assert.deepEqual(wordsOf('Guard-duty  guard duty'), ['guard', 'duty']);
});

test('keywords keeps short queries whole and strips questions to their words', () => {
	assert.equal(keywords('What is an OU'), 'ou');
	assert.equal(keywords('the root'), 'the root');
	assert.equal(keywords('waf vs shield'), 'waf shield');
	assert.equal(keywords('kms versus'), 'kms');
	assert.equal(keywords('difference between an iam role and a user'), 'iam role user');
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

describe('near-misses and named terms', () => {
	const iamPolicy: SearchTerm = {
		term: 'IAM policy',
		aliases: ['IAM policies'],
		answer: answer('/iam/#iam-policies'),
	};
	const rootUser: SearchTerm = {
		term: 'AWS account root user',
		aliases: ['root user'],
		answer: answer('/iam/#aws-account-root-user'),
	};
	const index = new NameIndex([scp, guardduty, iamPolicy, rootUser]);

	test('a whole query one letter off a name is taken for it, even of several words', () => {
		const plan = planQuery('service controll policy', index);
		assert.equal(plan.entry, scp);
		assert.equal(plan.showingResultsFor, 'Service control policy');
		assert.equal(planQuery('gaurdutty', index).entry, guardduty);
	});

	test('a query of several words two letters off a name is not', () => {
		assert.equal(planQuery('tag policies', index).entry, undefined);
	});

	test('named terms come in the order the query names them, the longest name winning', () => {
		assert.deepEqual(
			index.within('can an scp restrict the root user').map(({ match }) => match.entry.term),
			['Service control policy', 'AWS account root user'],
		);
		assert.deepEqual(planQuery('can the root user be restricted by an scp', index).namedPages, [
			'/iam/',
			'/organizations/',
		]);
	});
});
