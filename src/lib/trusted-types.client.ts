/**
 * The site's one Trusted Types policy. The Content-Security-Policy requires Trusted Types for every
 * script sink (`require-trusted-types-for 'script'`) and allows only a policy named `default`
 * (`trusted-types default`). Two scripts of this site pass plain strings to such sinks, and
 * neither library offers a way to pass a trusted URL: Pagefind starts its web worker with
 * `new Worker(url)`, and workbox-window registers the service worker. The default policy is what
 * the browser consults for such strings. It lets through exactly the scripts under the site's own
 * `pagefind/` folder and the site's service worker, and nothing else: no HTML, no script text.
 * Whichever script runs first creates it. See docs/decisions.md.
 */
export function installTrustedTypesPolicy(base: string): void {
	const trustedTypes = (window as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
	if (!trustedTypes || trustedTypes.defaultPolicy) return;
	const folder = new URL(`${base}pagefind/`, location.origin);
	const serviceWorker = new URL(`${base}sw.js`, location.origin);
	trustedTypes.createPolicy('default', {
		createScriptURL: (input: string) => {
			const url = new URL(input, location.href);
			if (url.origin !== location.origin)
				throw new TypeError(`Trusted Types: ${input} is not a script of this site.`);
			if (url.pathname.startsWith(folder.pathname) || url.pathname === serviceWorker.pathname)
				return input;
			throw new TypeError(`Trusted Types: ${input} is not Pagefind's or the service worker.`);
		},
	});
}

/** The part of the Trusted Types API this uses (TypeScript's DOM types do not include it yet). */
interface TrustedTypePolicyFactoryLike {
	defaultPolicy: unknown;
	createPolicy(name: string, rules: { createScriptURL: (input: string) => string }): unknown;
}
