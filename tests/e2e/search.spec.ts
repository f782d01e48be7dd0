import { expect, test } from './site.ts';

/** Known terms, the page each must put first, and the section its first sub-result must link to. */
const KNOWN_TERMS = [
	{ query: 'SCP', page: 'organizations/', section: '#service-control-policies-scps' },
	{ query: 'Shield', page: 'ddos/', section: '#aws-shield' },
	{ query: 'MFA', page: 'iam/', section: '#multi-factor-authentication-mfa' },
	{ query: 'GuardDuty', page: 'security-services/', section: '#amazon-guardduty' },
	{ query: 'Artifact', page: 'compliance/', section: '#aws-artifact' },
	{ query: 'hypervisor', page: 'shared-responsibility/', section: '' },
];

for (const { query, page, section } of KNOWN_TERMS) {
	test(`searching "${query}" puts the ${page} page first`, async ({ site }) => {
		await site.goto('');
		await site.search(query);
		const first = await site.result(0);
		expect(first.pageHref).toMatch(new RegExp(`/${page}$`));
		if (section) expect(first.sectionHrefs).toContainEqual(expect.stringMatching(new RegExp(`/${page}${section}`)));
		expect(site.problems.consoleErrors).toEqual([]);
	});
}
