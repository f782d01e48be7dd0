import { expect, sitemapPaths, test } from './site.ts';

test('the sidebar reaches every topic page and the site title reaches home', async ({ site }) => {
	const paths = sitemapPaths();
	await site.goto('iam/');
	const sidebar = await site.sidebarLinks.evaluateAll((links) =>
		links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
	);
	const home = new URL(await site.siteTitleLink.evaluate((a) => (a as HTMLAnchorElement).href))
		.pathname;
	const reachable = new Set([...sidebar, home]);
	for (const path of paths)
		expect(reachable, `${path} is not reachable from the sidebar`).toContain(path);
});

test('the sidebar lists the topics in the order of the notes, then the study pages, then the reference pages', async ({
	site,
}) => {
	await site.goto('iam/');
	await expect(site.topicLinks).toHaveText([
		'Shared responsibility model',
		'Users, permissions and access',
		'AWS Organizations',
		'Compliance',
		'Denial-of-service attacks and defences',
		'Additional security services',
	]);
	await expect(site.sidebarGroupLinks('Study')).toHaveText([
		'Progress and practice',
		'Exam tips and traps',
		'Flashcards',
	]);
	await expect(site.sidebarGroupLinks('Reference')).toHaveText([
		'Glossary',
		'Corrections',
		'All topics (print)',
	]);
	await expect(site.sidebarLinks.last()).toHaveText('All topics (print)');
});

test('the sidebar marks the page being read as current', async ({ site }) => {
	await site.goto('organizations/');
	await expect(site.page.locator('#starlight__sidebar a[aria-current="page"]')).toHaveText(
		'AWS Organizations',
	);
});
