/** The topic pages, in the order of the source notes; drives the sidebar and the home page. */
export const topics = [
	{ slug: 'shared-responsibility', label: 'Shared responsibility model' },
	{ slug: 'iam', label: 'Users, permissions and access' },
	{ slug: 'organizations', label: 'AWS Organizations' },
	{ slug: 'compliance', label: 'Compliance' },
	{ slug: 'ddos', label: 'Denial-of-service attacks and defences' },
	{ slug: 'security-services', label: 'Additional security services' },
] as const;
