/** Where a query must land, or `page: null` for a query the notes cannot answer. */
export type ExpectedLanding =
	{ query: string; page: string; sections: string[] } | { query: string; page: null };

/**
 * The search quality set, used by the e2e suite and by `npm run bench`. Realistic queries and where each must land: the first result's page, and a section that is one
 * of `sections` (an h2 id; its h3 subsections count as inside it). `null` marks a query the notes
 * cannot answer, which must not be given a confident answer.
 */
export const QUERIES: ExpectedLanding[] = [
	// Acronyms and their expansions
	{ query: 'SCP', page: 'organizations', sections: ['service-control-policies-scps'] },
	{ query: 'scps', page: 'organizations', sections: ['service-control-policies-scps'] },
	{
		query: 'service control policy',
		page: 'organizations',
		sections: ['service-control-policies-scps'],
	},
	{ query: 'MFA', page: 'iam', sections: ['multi-factor-authentication-mfa'] },
	{
		query: 'multi factor authentication',
		page: 'iam',
		sections: ['multi-factor-authentication-mfa'],
	},
	{ query: 'KMS', page: 'security-services', sections: ['aws-key-management-service-kms'] },
	{
		query: 'key management service',
		page: 'security-services',
		sections: ['aws-key-management-service-kms'],
	},
	{ query: 'OU', page: 'organizations', sections: ['organizational-units-ous'] },
	{ query: 'organizational unit', page: 'organizations', sections: ['organizational-units-ous'] },
	{ query: 'WAF', page: 'ddos', sections: ['aws-waf'] },
	{ query: 'web application firewall', page: 'ddos', sections: ['aws-waf'] },
	{ query: 'BAA', page: 'compliance', sections: ['hipaa-and-the-baa', 'aws-artifact'] },
	{ query: 'HIPAA agreement', page: 'compliance', sections: ['hipaa-and-the-baa', 'aws-artifact'] },
	{ query: 'TLS', page: 'security-services', sections: ['encryption'] },
	{ query: 'SSL', page: 'security-services', sections: ['encryption'] },
	{ query: 'DDoS', page: 'ddos', sections: ['dos-and-ddos'] },
	{ query: 'denial of service', page: 'ddos', sections: ['dos-and-ddos'] },
	{ query: 'IAM', page: 'iam', sections: ['aws-identity-and-access-management-iam'] },
	{ query: 'STS', page: 'iam', sections: ['iam-roles'] },
	{ query: 'SRT', page: 'ddos', sections: ['aws-shield'] },
	// Product and feature names
	{ query: 'Shield', page: 'ddos', sections: ['aws-shield'] },
	{ query: 'Shield Advanced', page: 'ddos', sections: ['aws-shield'] },
	{ query: 'GuardDuty', page: 'security-services', sections: ['amazon-guardduty'] },
	{ query: 'Inspector', page: 'security-services', sections: ['amazon-inspector'] },
	{ query: 'Artifact', page: 'compliance', sections: ['aws-artifact'] },
	{ query: 'CloudHSM', page: 'security-services', sections: ['aws-key-management-service-kms'] },
	{ query: 'Identity Center', page: 'iam', sections: ['iam-identity-center'] },
	{ query: 'Macie', page: 'security-services', sections: ['see-also'] },
	{ query: 'Detective', page: 'security-services', sections: ['see-also'] },
	// Lowercase and plural forms
	{ query: 'security groups', page: 'ddos', sections: ['security-groups'] },
	{ query: 'iam roles', page: 'iam', sections: ['iam-roles'] },
	{ query: 'access keys', page: 'iam', sections: ['credentials-and-access-keys'] },
	{ query: 'root user', page: 'iam', sections: ['aws-account-root-user'] },
	{
		query: 'management account',
		page: 'organizations',
		sections: ['management-account-and-member-accounts'],
	},
	{ query: 'consolidated billing', page: 'organizations', sections: ['consolidated-billing'] },
	{ query: 'hypervisor', page: 'shared-responsibility', sections: ['security-of-the-cloud'] },
	{ query: 'least privilege', page: 'iam', sections: ['principle-of-least-privilege'] },
	{ query: 'load balancer', page: 'ddos', sections: ['elastic-load-balancing-elb'] },
	// Misspellings and spacing variants
	{ query: 'gaurdduty', page: 'security-services', sections: ['amazon-guardduty'] },
	{ query: 'guard duty', page: 'security-services', sections: ['amazon-guardduty'] },
	{ query: 'slow loris', page: 'ddos', sections: ['types-of-attack'] },
	{ query: 'sheild', page: 'ddos', sections: ['aws-shield'] },
	{ query: 'artefact', page: 'compliance', sections: ['aws-artifact'] },
	{ query: 'least privlege', page: 'iam', sections: ['principle-of-least-privilege'] },
	{ query: 'guardduity', page: 'security-services', sections: ['amazon-guardduty'] },
	// Natural questions
	{
		query: 'who patches the guest OS',
		page: 'shared-responsibility',
		sections: ['the-ec2-example', 'responsibility-by-service-type'],
	},
	{
		query: 'who is responsible for physical security',
		page: 'shared-responsibility',
		// The comparison table's rows answer it too ("Examples: physical security of data centers").
		sections: ['security-of-the-cloud', 'security-of-vs-in-the-cloud'],
	},
	{
		query: 'how are SCPs inherited',
		page: 'organizations',
		sections: ['service-control-policies-scps'],
	},
	{
		query: 'can an SCP restrict the root user',
		page: 'organizations',
		sections: ['service-control-policies-scps', 'management-account-and-member-accounts'],
	},
	{
		query: 'where do I download SOC reports',
		page: 'compliance',
		sections: ['aws-artifact', 'compliance-programs'],
	},
	{ query: 'UDP flood', page: 'ddos', sections: ['types-of-attack'] },
	{ query: 'SYN flood', page: 'ddos', sections: ['types-of-attack'] },
	{ query: 'data residency', page: 'compliance', sections: ['data-residency-and-regions'] },
	{
		query: 'home builder analogy',
		page: 'shared-responsibility',
		sections: ['the-home-builder-analogy'],
	},
	// Questions the notes cannot answer
	{ query: 'kubernetes pod security', page: null },
	{ query: 'azure active directory', page: null },
	{ query: 'blockchain consensus', page: null },
];
