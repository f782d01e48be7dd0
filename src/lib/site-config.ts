/** Site-wide settings read from the environment, so the same build can serve any host or sub-path. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Absolute origin of the published site (`SITE_URL`). @default 'http://localhost:4321' */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
	const url = env['SITE_URL'] ?? 'http://localhost:4321';
	return new URL(url).origin;
}

/** Base path the site is served under (`BASE_PATH`), always with a leading and trailing slash. */
export function basePath(env: Record<string, string | undefined> = process.env): string {
	const raw = (env['BASE_PATH'] ?? '/').trim();
	const inner = raw.replace(/^\/+|\/+$/g, '');
	return inner ? `/${inner}/` : '/';
}

/**
 * The site's source repository (`REPO_URL`, else package.json `repository`) as an https URL
 * without `.git`, or undefined when neither is set or `REPO_URL` is empty: then the edit and
 * "Report a problem" links are left out.
 */
export function repoUrl(
	env: Record<string, string | undefined> = process.env,
	repository: unknown = packageRepository(),
): string | undefined {
	const raw =
		env['REPO_URL'] ??
		(typeof repository === 'string'
			? repository
			: typeof repository === 'object' && repository !== null && 'url' in repository
				? String(repository.url)
				: undefined);
	if (!raw?.trim()) return undefined;
	const url = new URL(
		raw
			.trim()
			.replace(/^git\+/, '')
			.replace(/^github:/, 'https://github.com/'),
	);
	if (url.protocol !== 'https:') throw new Error(`REPO_URL must be an https URL, not ${raw}`);
	return `${url.origin}${url.pathname.replace(/\.git$/, '').replace(/\/+$/, '')}`;
}

/** The `repository` field of the project's package.json (npm scripts run in the project folder). */
function packageRepository(): unknown {
	return (
		JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
			repository?: unknown;
		}
	).repository;
}

/**
 * Whether the site is published on a public URL (not localhost, a loopback or a private
 * address): links that hand a page to outside services only make sense there.
 */
export function isPublicSite(url: string = siteUrl()): boolean {
	const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
	return !(
		host === 'localhost' ||
		host.endsWith('.localhost') ||
		host.endsWith('.local') ||
		host === '::1' ||
		/^(127|10)\./.test(host) ||
		/^192\.168\./.test(host) ||
		/^172\.(1[6-9]|2\d|3[01])\./.test(host) ||
		/^0\.0\.0\.0$/.test(host)
	);
}
