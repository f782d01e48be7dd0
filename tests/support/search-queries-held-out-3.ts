import type { ExpectedLanding } from './search-queries.ts';

/** Held-out search queries, third batch: written blind, never tuned against. */
export const HELD_OUT_QUERIES_3: ExpectedLanding[] = [
	// Natural-language questions
	{
		query: 'does aws update the database software on rds or do i',
		page: 'shared-responsibility',
		sections: ['responsibility-by-service-type', 'worked-examples'],
	},
	{
		query: 'we need our ec2 app to read from s3 without saving credentials on the box',
		page: 'iam',
		sections: ['iam-roles'],
	},
	{
		query: 'employees should use our corporate identity provider to get into several aws accounts',
		page: 'iam',
		sections: ['iam-identity-center'],
	},
	{
		query: 'iam policy says allow but i still get access denied',
		page: 'iam',
		sections: ['how-iam-evaluates-a-request'],
	},
	{ query: 'can a role session last longer than 12 hours', page: 'iam', sections: ['iam-roles'] },
	{ query: 'do i need to turn on shield standard myself', page: 'ddos', sections: ['aws-shield'] },
	{
		query: 'we process health data in the us, what do we need to accept with aws',
		page: 'compliance',
		sections: ['hipaa-and-the-baa', 'aws-artifact'],
	},
	{
		query: 'what happens when an scp denies an action and the member account root user tries it',
		page: 'organizations',
		sections: ['service-control-policies-scps'],
	},
	{
		query: 'our auditor wants the amazon soc report, where do i get it',
		page: 'compliance',
		sections: ['aws-artifact'],
	},
	{
		query: 'should i use the root account for everyday admin work',
		page: 'iam',
		sections: ['aws-account-root-user'],
	},
	{
		query: 'how do i stop teams launching resources outside eu regions in every account',
		page: 'organizations',
		sections: ['service-control-policies-scps'],
	},
	{
		query: 'why does my nacl drop the responses after i allowed inbound https',
		page: 'ddos',
		sections: ['network-acls'],
	},
	{
		query: 'is an injection vulnerability in our own code amazons problem',
		page: 'shared-responsibility',
		sections: ['the-ec2-example', 'worked-examples'],
	},
	{
		query: 'my company has 40 aws accounts and wants a single invoice',
		page: 'organizations',
		sections: ['consolidated-billing'],
	},
	{
		query: 'how often are customer managed kms keys rotated',
		page: 'security-services',
		sections: ['aws-key-management-service-kms'],
	},
	{
		query: 'app database password should change every month without redeploying code',
		page: 'security-services',
		sections: ['aws-secrets-manager'],
	},
	{
		query: 'does guardduty stop attacks or just alert',
		page: 'security-services',
		sections: ['amazon-guardduty', 'inspector-guardduty-or-shield'],
	},
	{
		query: 'do i have to turn on encryption for new s3 objects',
		page: 'security-services',
		sections: ['encryption'],
	},
	{
		query: 'we want to pay a vendor to flood our site to test resilience, is that allowed',
		page: 'ddos',
		sections: ['a-well-architected-defence'],
	},
	{
		query: 'aws has pci dss so does that cover our checkout app too',
		page: 'compliance',
		sections: ['compliance-is-shared'],
	},
	// Comparisons
	{
		query: 'security groups vs network acls for blocking one ip range',
		page: 'ddos',
		sections: ['network-acls', 'security-groups'],
	},
	{
		query: 'kms or cloudhsm if we need single tenant hardware',
		page: 'security-services',
		sections: ['aws-key-management-service-kms'],
	},
	{ query: 'is shield the same thing as waf', page: 'ddos', sections: ['aws-shield', 'aws-waf'] },
	{
		query: 'iam role or iam user for a jenkins server on ec2',
		page: 'iam',
		sections: ['iam-roles'],
	},
	{
		query: 'secrets manager vs parameter store which is cheaper',
		page: 'security-services',
		sections: ['aws-secrets-manager'],
	},
	{
		query: 'inspector versus guardduty',
		page: 'security-services',
		sections: ['inspector-guardduty-or-shield'],
	},
	{
		query: 'scp or permissions boundary to cap what developer roles can do',
		page: 'iam',
		sections: ['how-iam-evaluates-a-request'],
	},
	{
		query: 'aws responsibilities compared with customer responsibilities',
		page: 'shared-responsibility',
		sections: ['security-of-the-cloud', 'security-in-the-cloud', 'security-of-vs-in-the-cloud'],
	},
	// Keywords, acronyms and misspellings
	{ query: 'guard dutty', page: 'security-services', sections: ['amazon-guardduty'] },
	{ query: 'sso', page: 'iam', sections: ['iam-identity-center'] },
	{ query: 'AKIA', page: 'iam', sections: ['credentials-and-access-keys'] },
	{ query: 'rcp', page: 'organizations', sections: ['other-organization-policy-types'] },
	{ query: 'slowlorys', page: 'ddos', sections: ['types-of-attack'] },
	{ query: 'iam acess analyser', page: 'iam', sections: ['iam-access-analyzer'] },
	{ query: 'sheild advnced', page: 'ddos', sections: ['aws-shield'] },
	{ query: 'nacl ephemral ports', page: 'ddos', sections: ['network-acls'] },
	// Paraphrases
	{
		query: 'which of my buckets or keys can be reached by accounts outside our company',
		page: 'iam',
		sections: ['iam-access-analyzer'],
	},
	{
		query: 'something that checks my servers for outdated packages with known bugs',
		page: 'security-services',
		sections: ['amazon-inspector'],
	},
	{
		query: 'which service spots passport numbers or home addresses stored in buckets',
		page: 'security-services',
		sections: ['see-also', 'inspector-guardduty-or-shield'],
	},
	{
		query: 'padlock in the browser for my domain, can aws give me that for free',
		page: 'security-services',
		sections: ['aws-certificate-manager-acm'],
	},
	{
		query: 'cap how many requests a single ip can make every few minutes',
		page: 'ddos',
		sections: ['aws-waf'],
	},
	{
		query: 'find out who deleted a resource and when',
		page: 'compliance',
		sections: ['related-compliance-services'],
	},
	{
		query: 'a rule that caps what every account in a branch of the org is allowed to do',
		page: 'organizations',
		sections: ['service-control-policies-scps'],
	},
	{
		query: 'phone prompt on top of my password when logging into the console',
		page: 'iam',
		sections: ['multi-factor-authentication-mfa'],
	},
	{
		query: 'the software layer that carves physical servers into virtual machines, who secures it',
		page: 'shared-responsibility',
		sections: ['security-of-the-cloud', 'the-ec2-example'],
	},
	{
		query: 'attack that opens lots of connections and never finishes the handshake',
		page: 'ddos',
		sections: ['types-of-attack'],
	},
	// Off-topic
	{ query: 'aws control tower landing zone', page: null },
	{ query: 'cognito user pool vs identity pool', page: null },
	{ query: 's3 object lock compliance mode', page: null },
	{ query: 'trusted advisor security checks', page: null },
	{ query: 'google cloud armor ddos protection', page: null },
	{ query: 'vpc peering between two accounts', page: null },
	{ query: 'lost my ec2 key pair cant ssh in', page: null },
	{ query: 'azure blob storage pricing tiers', page: null },
	{ query: 'how to reverse a linked list in python', page: null },
	{ query: 'git rebase vs merge', page: null },
	{ query: 'ec2 spot instance pricing', page: null },
	{ query: 'reset forgotten windows 11 password', page: null },
	{ query: 'lambda cold start java', page: null },
	{ query: 'javascript promise.all vs allsettled', page: null },
];
