/** Site-wide settings read from the environment, so the same build can serve any host or sub-path. */

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
