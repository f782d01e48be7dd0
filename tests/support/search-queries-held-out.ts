import type { ExpectedLanding } from './search-queries.ts';

/** Held-out search queries: written apart from the tuned set, never tuned against. */
export const HELD_OUT_QUERIES: ExpectedLanding[] = [
	// Natural-language questions
	{
		query: 'what happens if an iam policy allows something but an scp denies it',
		page: 'organizations',
		sections: ['service-control-policies-scps'],
	},
	{
		query: 'do i have to install antivirus on my ec2 instances myself',
		page: 'shared-responsibility',
		sections: ['the-ec2-example'],
	},
	{
		query: 'how long do credentials last after assuming a role',
		page: 'iam',
		sections: ['iam-roles'],
	},
	{
		query: 'can i stop accounts from leaving our organization',
		page: 'organizations',
		sections: ['service-control-policies-scps'],
	},
	{
		query: "where can i get aws's soc 2 report for our auditor",
		page: 'compliance',
		sections: ['aws-artifact', 'compliance-programs'],
	},
	{
		query: 'does guardduty actually block attacks or only alert',
		page: 'security-services',
		sections: ['amazon-guardduty', 'inspector-guardduty-or-shield'],
	},
	{
		query: 'how should an app running on ec2 get credentials to call s3',
		page: 'iam',
		sections: ['iam-roles'],
	},
	{ query: 'is aws hipaa certified', page: 'compliance', sections: ['hipaa-and-the-baa'] },
	{
		query: 'can i block one ip address with a security group',
		page: 'ddos',
		sections: ['security-groups', 'network-acls'],
	},
	{
		query: 'which tasks still need the root account login',
		page: 'iam',
		sections: ['aws-account-root-user'],
	},
	{
		query: 'will aws copy my data to another region without permission',
		page: 'compliance',
		sections: ['data-residency-and-regions'],
	},
	{
		query: 'why does my nacl need an outbound rule for the replies',
		page: 'ddos',
		sections: ['network-acls'],
	},
	{
		query: 'can aws staff read the memory of my ec2 instance',
		page: 'shared-responsibility',
		sections: ['the-ec2-example'],
	},
	{
		query: 'how many mfa devices can i register for one user',
		page: 'iam',
		sections: ['multi-factor-authentication-mfa'],
	},
	{
		query: 'does an scp restrict users in the management account',
		page: 'organizations',
		sections: ['service-control-policies-scps'],
	},

	// Comparisons
	{ query: 'sse-c vs sse-kms', page: 'security-services', sections: ['encryption'] },
	{
		query: 'is shield advanced worth paying for over standard',
		page: 'ddos',
		sections: ['aws-shield'],
	},
	{
		query: 'secrets manager or parameter store for database passwords',
		page: 'security-services',
		sections: ['aws-secrets-manager'],
	},
	{ query: 'iam role vs iam user', page: 'iam', sections: ['iam-roles'] },
	{
		query: 'permissions boundary compared to an scp',
		page: 'iam',
		sections: ['how-iam-evaluates-a-request'],
	},
	{
		query: 'macie vs guardduty',
		page: 'security-services',
		sections: ['inspector-guardduty-or-shield'],
	},
	{
		query: 'when to use cloudhsm instead of kms',
		page: 'security-services',
		sections: ['aws-key-management-service-kms'],
	},
	{ query: 'waf versus security groups', page: 'ddos', sections: ['network-acls'] },
	{ query: 'scp vs rcp', page: 'organizations', sections: ['other-organization-policy-types'] },
	{
		query: 'inherited controls vs shared controls',
		page: 'shared-responsibility',
		sections: ['shared-it-controls'],
	},

	// Short keyword / acronym queries, misspellings and word forms
	{ query: 'sheild advanced response team', page: 'ddos', sections: ['aws-shield'] },
	{ query: 'least privilage', page: 'iam', sections: ['principle-of-least-privilege'] },
	{ query: 'consolidated biling', page: 'organizations', sections: ['consolidated-billing'] },
	{
		query: 'slow loris',
		page: 'ddos',
		sections: ['types-of-attack', 'elastic-load-balancing-elb'],
	},
	{ query: 'ephemeral ports', page: 'ddos', sections: ['network-acls'] },
	{ query: 'tls 1.2 minimum', page: 'security-services', sections: ['encryption'] },
	{
		query: 'acm cert us-east-1 cloudfront',
		page: 'security-services',
		sections: ['aws-certificate-manager-acm'],
	},
	{ query: 'nested ous', page: 'organizations', sections: ['organizational-units-ous'] },
	{ query: 'pci dss level 1', page: 'compliance', sections: ['compliance-programs'] },
	{ query: 'gaurdduty findings', page: 'security-services', sections: ['amazon-guardduty'] },

	// Paraphrases that avoid the page's own words
	{
		query: 'log in once and choose which aws account to work in',
		page: 'iam',
		sections: ['iam-identity-center'],
	},
	{
		query: 'screen bad website traffic before it reaches my servers',
		page: 'ddos',
		sections: ['aws-waf'],
	},
	{
		query: 'whose job is it to replace broken hardware in the data centre',
		page: 'shared-responsibility',
		sections: ['security-of-the-cloud', 'security-of-vs-in-the-cloud', 'worked-examples'],
	},
	{
		query: 'let a team lead create roles without being able to hand out admin rights',
		page: 'iam',
		sections: ['how-iam-evaluates-a-request'],
	},
	{
		query: 'combine usage across accounts for cheaper pricing tiers',
		page: 'organizations',
		sections: ['consolidated-billing'],
	},
	{
		query: 'find credit card numbers and personal info sitting in storage buckets',
		page: 'security-services',
		sections: ['see-also', 'inspector-guardduty-or-shield'],
	},
	{
		query: 'stop developers launching anything outside europe',
		page: 'organizations',
		sections: ['service-control-policies-scps'],
	},
	{
		query: 'notice if one of my servers starts mining bitcoin',
		page: 'security-services',
		sections: ['amazon-guardduty'],
	},

	// Off-topic: the site must not answer these confidently
	{ query: 'azure key vault soft delete', page: null },
	{ query: 'gcp vpc service controls perimeter', page: null },
	{ query: 'ec2 spot instance interruption notice', page: null },
	{ query: 'lambda cold start java', page: null },
	{ query: 'python list comprehension vs map', page: null },
	{ query: 's3 glacier deep archive retrieval time', page: null },
	{ query: 'dynamodb global secondary index limit', page: null },
	{ query: 'route 53 weighted routing policy', page: null },
	{ query: 'cloudformation stack drift detection', page: null },
	{ query: 'kubernetes rbac rolebinding example', page: null },
	{ query: 'terraform remote state locking', page: null },
	{ query: 'rds multi-az failover time', page: null },

	// Other realistic queries
	{
		query: 'on fargate who patches the underlying host',
		page: 'shared-responsibility',
		sections: ['responsibility-by-service-type'],
	},
	{
		query: 'aws is pci compliant so is my payment app compliant too',
		page: 'compliance',
		sections: ['compliance-is-shared'],
	},
	{
		query: 'am i allowed to ddos test my own application',
		page: 'ddos',
		sections: ['a-well-architected-defence'],
	},
	{ query: 'find unused roles and access keys', page: 'iam', sections: ['iam-access-analyzer'] },
	{
		query: 'cross account request which policies need to allow it',
		page: 'iam',
		sections: ['how-iam-evaluates-a-request'],
	},
];
