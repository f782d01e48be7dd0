import { expect, recordCspViolations, test } from './site.ts';

/** Queries an attacker or a clumsy paste could send; none may run script or add elements. */
const HOSTILE = [
	{ name: 'a script element', query: '<script>window.asnPwned = 1</script>shield' },
	{ name: 'an image with onerror', query: '<img src=x onerror="window.asnPwned = 1">' },
	{ name: 'an attribute break-out', query: '"><svg onload=window.asnPwned=1>' },
	{ name: 'a javascript: URL', query: 'javascript:window.asnPwned=1//shield' },
	{ name: 'HTML entities', query: '&lt;b&gt;shield&lt;/b&gt; &amp; waf' },
	{ name: '5,000 characters', query: 'shield '.repeat(715).slice(0, 5000) },
	{ name: 'right-to-left text', query: 'درع شیلد ‮shield' },
	{ name: 'emoji', query: '🛡️ shield 🔐' },
	{ name: 'CJK text', query: '安全 セキュリティ 보안' },
	{ name: 'a NUL byte', query: 'guard\u0000duty' },
];

/** Elements a successful injection would add inside the dialog. */
const INJECTED = 'asn-search dialog :is(script, img, svg:not([aria-hidden]), iframe, object, b)';

for (const { name, query } of HOSTILE) {
	test(`a query holding ${name} runs no script, adds no element and gets an answer`, async ({
		site,
	}) => {
		await recordCspViolations(site.page);
		await site.goto('');
		const before = await site.page.locator(INJECTED).count();
		await site.searchButton.click();
		// Pasted, as a 5,000-character query would be: the value bypasses the field's maxlength.
		await site.searchInput.evaluate((input: HTMLInputElement, value) => {
			input.value = value;
			input.dispatchEvent(new Event('input', { bubbles: true }));
		}, query);
		await expect(site.searchDialog).toHaveAttribute('data-search-done', { timeout: 10_000 });
		const answered = site.searchResults
			.first()
			.or(site.searchStatus.filter({ hasText: /^No results for/ }));
		await expect(answered).toBeVisible();
		await expect(site.searchStatus).toContainText(/results? for/);
		expect(await site.page.locator(INJECTED).count()).toBe(before);
		expect(await site.page.evaluate(() => 'asnPwned' in window)).toBe(false);
		expect(site.problems.consoleErrors).toEqual([]);
	});
}

test('a ?search= link with markup and 5,000 characters is shown as text, cut to the field limit', async ({
	site,
}) => {
	const query = `<img src=x onerror=window.asnPwned=1>${'waf '.repeat(1250)}`;
	await site.goto(`?search=${encodeURIComponent(query)}`);
	await expect(site.searchDialog).toHaveAttribute('data-search-done', { timeout: 10_000 });
	const value = await site.searchInput.inputValue();
	expect(value.length).toBeLessThanOrEqual(200);
	expect(query.startsWith(value)).toBe(true);
	await expect(site.searchStatus).toContainText('<img src=x onerror=window.asnPwned=1>');
	expect(await site.page.evaluate(() => 'asnPwned' in window)).toBe(false);
	expect(await site.page.locator('asn-search dialog img').count()).toBe(0);
});
