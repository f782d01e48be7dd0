import { expect, test } from './site.ts';

/** Known terms, the page each must put first, and the section (h2 id) a sub-result must lead into. */
const KNOWN_TERMS = [
	{ query: 'SCP', page: 'organizations/', section: 'service-control-policies-scps' },
	{ query: 'Shield', page: 'ddos/', section: 'aws-shield' },
	{ query: 'MFA', page: 'iam/', section: 'multi-factor-authentication-mfa' },
	{ query: 'GuardDuty', page: 'security-services/', section: 'amazon-guardduty' },
	{ query: 'Artifact', page: 'compliance/', section: 'aws-artifact' },
	{ query: 'hypervisor', page: 'shared-responsibility/', section: 'security-of-the-cloud' },
];

for (const { query, page, section } of KNOWN_TERMS) {
	test(`searching "${query}" puts the ${page} page first, with a sub-result in #${section}`, async ({
		site,
	}) => {
		await site.goto('');
		await site.search(query);
		const first = await site.result(0);
		expect(first.pageHref).toMatch(new RegExp(`/${page}$`));
		expect(site.problems.consoleErrors).toEqual([]);

		await site.goto(page);
		const ids = await site.sectionIds(section);
		expect(ids.length, `#${section} exists on ${page}`).toBeGreaterThan(0);
		const fragments = first.sectionHrefs.map((href) => href.split('#')[1]);
		expect(fragments.some((fragment) => ids.includes(fragment ?? ''))).toBe(true);
	});
}
