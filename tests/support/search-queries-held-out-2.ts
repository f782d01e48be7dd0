import type { ExpectedLanding } from './search-queries.ts';

/** Held-out search queries, second batch: written blind, never tuned against. */
export const HELD_OUT_QUERIES_2: ExpectedLanding[] = [
	// Natural-language questions
	{
		query: 'is it my job to update the operating system on an ec2 box',
		page: 'shared-responsibility',
		sections: ['the-ec2-example', 'worked-examples', 'responsibility-by-service-type'],
	},
	{
		query: 'who is responsible when an s3 bucket is accidentally public',
		page: 'shared-responsibility',
		sections: ['worked-examples', 'security-in-the-cloud'],
	},
	{
		query: 'does an scp affect the management account',
		page: 'organizations',
		sections: ['service-control-policies-scps'],
	},
	{
		query: 'how long do the temporary credentials from assuming a role last',
		page: 'iam',
		sections: ['iam-roles'],
	},
	{ query: 'can i put an iam group inside another group', page: 'iam', sections: ['iam-groups'] },
	{
		query: 'what happens when one policy allows an action and another denies it',
		page: 'iam',
		sections: ['how-iam-evaluates-a-request'],
	},
	{
		query: 'do i need the root user to close my aws account?',
		page: 'iam',
		sections: ['aws-account-root-user'],
	},
	{ query: 'do i have to pay for shield standard', page: 'ddos', sections: ['aws-shield'] },
	{
		query: 'which iam users are allowed to download reports from artifact',
		page: 'compliance',
		sections: ['aws-artifact'],
	},
	{
		query: 'does aws have a hipaa certificate',
		page: 'compliance',
		sections: ['hipaa-and-the-baa'],
	},
	{
		query: 'does guardduty actually block attackers or just alert',
		page: 'security-services',
		sections: ['amazon-guardduty', 'inspector-guardduty-or-shield'],
	},
	{
		query: 'how often do kms keys get rotated',
		page: 'security-services',
		sections: ['aws-key-management-service-kms'],
	},
	{
		query: 'if aws is pci dss compliant is my payment app compliant too',
		page: 'compliance',
		sections: ['compliance-is-shared'],
	},
	{
		query: 'do i need permission from aws before running a ddos test on my app',
		page: 'ddos',
		sections: ['a-well-architected-defence'],
	},
	{
		query: 'can one aws account belong to multiple orgs at once',
		page: 'organizations',
		sections: ['management-account-and-member-accounts'],
	},
	{
		query: 'will aws copy my data to another region without asking me',
		page: 'compliance',
		sections: ['data-residency-and-regions'],
	},
	{
		query: "my scp allows ec2 so why can't my developers launch instances",
		page: 'organizations',
		sections: ['service-control-policies-scps'],
	},
	{
		query: 'how should code running on an ec2 instance get aws credentials',
		page: 'iam',
		sections: ['iam-roles', 'credentials-and-access-keys'],
	},
	{
		query: 'does an application load balancer stop slowloris',
		page: 'ddos',
		sections: ['elastic-load-balancing-elb', 'types-of-attack'],
	},
	{
		query: 'does amazon upgrade mysql for me on rds',
		page: 'shared-responsibility',
		sections: ['responsibility-by-service-type', 'worked-examples', 'the-ec2-example'],
	},

	// Comparisons
	{
		query: 'difference between security groups and network acls',
		page: 'ddos',
		sections: ['network-acls', 'security-groups'],
	},
	{
		query: 'cloudhsm versus kms which gives me more control',
		page: 'security-services',
		sections: ['aws-key-management-service-kms'],
	},
	{ query: 'shield standard vs advanced', page: 'ddos', sections: ['aws-shield'] },
	{
		query: 'when to use a role instead of a user',
		page: 'iam',
		sections: ['iam-roles', 'iam-users'],
	},
	{
		query: 'secrets manager or parameter store for a db password',
		page: 'security-services',
		sections: ['aws-secrets-manager'],
	},
	{ query: 'scp vs permissions boundary', page: 'iam', sections: ['how-iam-evaluates-a-request'] },
	{
		query: 'difference between inspector and guardduty',
		page: 'security-services',
		sections: ['inspector-guardduty-or-shield'],
	},
	{ query: 'artifact reports or agreements', page: 'compliance', sections: ['aws-artifact'] },
	{
		query: 'difference between encrypting stored data and data in flight',
		page: 'security-services',
		sections: ['encryption'],
	},
	{ query: 'aws managed vs customer managed policy', page: 'iam', sections: ['iam-policies'] },

	// Keywords, acronyms, misspellings
	{ query: 'guardduy', page: 'security-services', sections: ['amazon-guardduty'] },
	{ query: 'cloud hsm', page: 'security-services', sections: ['aws-key-management-service-kms'] },
	{ query: 'nacl ephemeral ports', page: 'ddos', sections: ['network-acls'] },
	{ query: 'srt', page: 'ddos', sections: ['aws-shield'] },
	{ query: 'secrets manger', page: 'security-services', sections: ['aws-secrets-manager'] },
	{ query: 'orgnizations ou', page: 'organizations', sections: ['organizational-units-ous'] },
	{
		query: 'buisness associate addendum',
		page: 'compliance',
		sections: ['hipaa-and-the-baa', 'aws-artifact'],
	},
	{
		query: 'acm certifcate renewal',
		page: 'security-services',
		sections: ['aws-certificate-manager-acm'],
	},
	{ query: 'sts assumerole', page: 'iam', sections: ['iam-roles'] },
	{ query: 'inspecter cve', page: 'security-services', sections: ['amazon-inspector'] },

	// Paraphrases
	{
		query: 'let staff use their work microsoft login to get into aws',
		page: 'iam',
		sections: ['iam-identity-center'],
	},
	{
		query: 'block every team account from switching off the activity log',
		page: 'organizations',
		sections: ['service-control-policies-scps'],
	},
	{
		query: 'combine charges of many accounts to get a bulk discount',
		page: 'organizations',
		sections: ['consolidated-billing'],
	},
	{
		query: 'limit how many requests one ip address can send per minute',
		page: 'ddos',
		sections: ['aws-waf'],
	},
	{
		query: 'tool that scans my servers for outdated software with known security holes',
		page: 'security-services',
		sections: ['amazon-inspector', 'inspector-guardduty-or-shield'],
	},
	{
		query: 'report which resources people outside my company can get to',
		page: 'iam',
		sections: ['iam-access-analyzer'],
	},
	{
		query: "let another company's aws account read files in my bucket",
		page: 'iam',
		sections: ['how-iam-evaluates-a-request', 'iam-policies'],
	},
	{
		query: 'keep app passwords out of config files',
		page: 'security-services',
		sections: ['aws-secrets-manager'],
	},
	{
		query: 'phone app that shows a six digit code when logging in',
		page: 'iam',
		sections: ['multi-factor-authentication-mfa'],
	},
	{
		query: 'group our prod accounts together so they share the same rules',
		page: 'organizations',
		sections: ['organizational-units-ous'],
	},
	{
		query: 'the padlock certificate for my website on a load balancer',
		page: 'security-services',
		sections: ['aws-certificate-manager-acm'],
	},
	{
		query: 'find credit card numbers and personal info stored in s3',
		page: 'security-services',
		sections: ['see-also', 'inspector-guardduty-or-shield'],
	},

	// Off-topic
	{ query: 'azure conditional access policy', page: null },
	{ query: 'gcp organization policy constraints', page: null },
	{ query: 'python list comprehension with if else', page: null },
	{ query: 'promise.all vs promise.allsettled', page: null },
	{ query: 'how to undo last git commit', page: null },
	{ query: 'reset forgotten windows login password', page: null },
	{ query: 'site to site vpn to aws', page: null },
	{ query: 'cognito user pool vs identity pool', page: null },
	{ query: 'control tower landing zone setup', page: null },
	{ query: 'iam password policy minimum length', page: null },
	{ query: 's3 presigned url expiry time', page: null },
	{ query: 'kms multi region keys', page: null },
	{ query: 'trusted advisor security checks', page: null },
	{ query: 'enforce imdsv2 on ec2 instances', page: null },
	{ query: 'abac tag based access control', page: null },
	{ query: 'vpc endpoint policy for s3', page: null },
	{ query: 'amazon security lake ocsf', page: null },
	{ query: 'iam roles anywhere for on premises servers', page: null },
];
