import { readFileSync } from 'node:fs';
import { CLOUDFRONT_CSP_MAX } from '../../src/features/security-headers/cloudfront-headers-policy.ts';
import { parseHeadersFile } from '../../src/features/security-headers/headers-file.ts';
import { cspViolations, expect, recordCspViolations, sitemapPaths, test } from './site.ts';

const headersFile = readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf8');
const [rule] = parseHeadersFile(headersFile, 'dist/_headers');
const shipped = Object.fromEntries(
	rule!.headers.map(([name, value]) => [name.toLowerCase(), value]),
);
const policy = new Map(
	shipped['content-security-policy']!.split(';').map((directive) => {
		const [name, ...sources] = directive.trim().split(/\s+/);
		return [name!, sources];
	}),
);

test('the shipped policy is strict: no inline or eval script, no plugins, no framing, no <base>', () => {
	expect(rule!.pattern).toBe('/*');
	const scriptSrc = policy.get('script-src')!;
	expect(scriptSrc).not.toContain("'unsafe-inline'");
	expect(scriptSrc).not.toContain("'unsafe-eval'");
	expect(scriptSrc.filter((source) => !source.startsWith("'sha256-"))).toEqual([
		"'self'",
		"'wasm-unsafe-eval'",
	]);
	expect(policy.get('default-src')).toEqual(["'none'"]);
	expect(policy.get('object-src')).toEqual(["'none'"]);
	expect(policy.get('base-uri')).toEqual(["'self'"]);
	expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
	expect(policy.get('worker-src')).toEqual(["'self'"]);
	// Trusted Types: no string reaches a script sink unless the one named policy allows it.
	expect(policy.get('require-trusted-types-for')).toEqual(["'script'"]);
	expect(policy.get('trusted-types')).toEqual(['default']);
	// A CloudFront response headers policy (docs/deploy.md) must be able to carry it.
	expect(shipped['content-security-policy']!.length).toBeLessThanOrEqual(CLOUDFRONT_CSP_MAX);
	expect(shipped['x-content-type-options']).toBe('nosniff');
	expect(shipped['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
	expect(shipped['referrer-policy']).toBeTruthy();
	expect(shipped['permissions-policy']).toContain('camera=()');
});

test('pages, assets, the search index and short links are all served with exactly these headers', async ({
	site,
}) => {
	await site.goto('');
	const assets = await site.page.evaluate(() =>
		[
			...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>(
				'link[rel=stylesheet], script[src]',
			),
		].map((el) => ('href' in el ? el.href : el.src)),
	);
	const urls = [
		...sitemapPaths(),
		...assets,
		'pagefind/pagefind.js',
		'pagefind/pagefind-worker.js',
		'pagefind/wasm.en.pagefind',
		'og/organizations.png',
		'go/scp/',
		'404.html',
	];
	for (const url of urls) {
		const response = await site.page.request.get(url);
		expect(response.status(), url).toBeLessThan(400);
		const received = response.headers();
		for (const [name, value] of Object.entries(shipped)) {
			expect(received[name], `${name} on ${url}`).toBe(value);
		}
	}
});

for (const path of sitemapPaths()) {
	test(`${path}: every inline script is allowed by its hash, and nothing is blocked in use`, async ({
		site,
	}) => {
		test.slow(); // loads the page, a diagram file and the search index, and uses each control
		await recordCspViolations(site.page);
		await site.goto(path);
		// Hashes computed by the browser from what it parsed, not by the build's own code.
		const hashes = await site.page.evaluate(async () => {
			const digest = async (text: string) => {
				const bytes = new Uint8Array(
					await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)),
				);
				return `'sha256-${btoa(String.fromCharCode(...bytes))}'`;
			};
			return Promise.all(
				[...document.querySelectorAll('script:not([src])')]
					.filter((s) => ['', 'module', 'text/javascript'].includes(s.getAttribute('type') ?? ''))
					.map((s) => digest(s.textContent ?? '')),
			);
		});
		expect(hashes.length).toBeGreaterThan(0);
		for (const hash of hashes) expect(policy.get('script-src')).toContain(hash);

		// Use what runs script: popovers, copy buttons, the theme picker, search.
		const crossLink = site.crossLinks.first();
		if (await crossLink.count()) {
			await crossLink.hover();
			await expect(site.popover).toBeVisible();
		}
		const copy = site.copyLinkButtons.first();
		if (await copy.count()) {
			await copy.focus();
			await site.page.keyboard.press('Enter');
			await expect(site.page.locator('#asn-copy-status')).not.toBeEmpty();
		}
		await site.chooseTheme('dark');
		await site.chooseTheme('light');
		await site.search('shield');
		await expect(site.searchResults.first()).toBeVisible();

		expect(await cspViolations(site.page)).toEqual([]);

		// A diagram opened full size is a document of its own, under the same policy.
		const fullSize = site.page.locator('.asn-diagram__full:visible').first();
		if (await fullSize.count()) {
			await site.page.goto(await fullSize.evaluate((a: HTMLAnchorElement) => a.href));
			expect(await site.page.evaluate(() => document.documentElement.tagName)).toBe('svg');
			expect(await cspViolations(site.page)).toEqual([]);
		}
		expect(site.problems.consoleErrors).toEqual([]);
		expect(site.problems.failedRequests).toEqual([]);
	});
}

test.describe('the policy is enforced', () => {
	// These tests inject script on purpose: the violations they provoke are the point.
	test.use({ expectedCspViolations: [/^(script-src-elem|require-trusted-types-for) /] });

	test('script text or HTML injected at run time is refused by Trusted Types and reported', async ({
		site,
	}) => {
		await recordCspViolations(site.page);
		await site.goto('iam/');
		const refused = await site.page.evaluate(() => {
			const attempts: Array<() => void> = [
				() => {
					const script = document.createElement('script');
					script.textContent = 'window.asnInjected = true';
					document.body.append(script);
				},
				() => document.createElement('img').setAttribute('onerror', 'window.asnInjected = true'),
				() => (document.body.innerHTML += '<img src="data:," onerror="window.asnInjected = true">'),
				() => document.body.insertAdjacentHTML('beforeend', '<b>injected</b>'),
			];
			return attempts.map((attempt) => {
				try {
					attempt();
					return false;
				} catch (error) {
					return error instanceof TypeError;
				}
			});
		});
		expect(refused).toEqual([true, true, true, true]);
		expect(await site.page.evaluate(() => 'asnInjected' in window)).toBe(false);
		expect((await cspViolations(site.page)).join('\n')).toMatch(
			/require-trusted-types-for blocked trusted-types-sink/,
		);
	});

	test('an inline script in the served HTML without a hash does not run and is reported', async ({
		site,
	}) => {
		// As if the HTML had been tampered with on the way: the page arrives with the site's own
		// headers and one extra inline script that no hash allows.
		await site.page.route('**/iam/', async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace(
				'</body>',
				'<script>window.asnInjected = true</script></body>',
			);
			await route.fulfill({ response, body: html });
		});
		await recordCspViolations(site.page);
		await site.goto('iam/');
		await site.page.waitForTimeout(300);
		expect(await site.page.evaluate(() => 'asnInjected' in window)).toBe(false);
		expect((await cspViolations(site.page)).join('\n')).toMatch(/script-src-elem blocked inline/);
		expect(site.problems.consoleErrors.join('\n')).toMatch(/Content Security Policy/);
	});
});
