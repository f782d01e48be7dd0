/**
 * The site's one Trusted Types policy. The Content-Security-Policy requires Trusted Types for every
 * script sink (`require-trusted-types-for 'script'`) and allows only a policy named `default`
 * (`trusted-types default`). Pagefind starts its web worker with `new Worker(url)` from a plain
 * string, which Trusted Types blocks, and it offers no option to pass a trusted URL; the default
 * policy is what the browser consults for such strings. It lets through exactly the scripts under
 * the site's own `pagefind/` folder and nothing else: no HTML, no script text.
 * See docs/decisions.md.
 */
export function allowPagefindWorker(base: string): void {
	const trustedTypes = (window as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
	if (!trustedTypes || trustedTypes.defaultPolicy) return;
	const folder = new URL(`${base}pagefind/`, location.origin);
	trustedTypes.createPolicy('default', {
		createScriptURL: (input: string) => {
			const url = new URL(input, location.href);
			if (url.origin === folder.origin && url.pathname.startsWith(folder.pathname)) return input;
			throw new TypeError(`Trusted Types: ${input} is not a Pagefind script of this site.`);
		},
	});
}

/** The part of the Trusted Types API this uses (TypeScript's DOM types do not include it yet). */
interface TrustedTypePolicyFactoryLike {
	defaultPolicy: unknown;
	createPolicy(name: string, rules: { createScriptURL: (input: string) => string }): unknown;
}
