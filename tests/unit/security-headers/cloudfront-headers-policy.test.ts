import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
	CLOUDFRONT_CSP_MAX,
	toResponseHeadersPolicy,
} from '../../../src/features/security-headers/cloudfront-headers-policy.ts';
import {
	fillScriptHashes,
	parseHeadersFile,
} from '../../../src/features/security-headers/headers-file.ts';

/** The committed template, with as many hashes as the build makes today and room to grow. */
function siteHeaders(hashes: number): Record<string, string> {
	const template = readFileSync(new URL('../../../public/_headers', import.meta.url), 'utf8');
	const fakeHashes = Array.from({ length: hashes }, (_, i) => `${String(i).padStart(43, 'A')}=`);
	return Object.fromEntries(fillScriptHashes(parseHeadersFile(template), fakeHashes)[0]!.headers);
}

describe('toResponseHeadersPolicy', () => {
	test('carries every header of public/_headers over, unchanged', () => {
		const headers = siteHeaders(10);
		const policy = toResponseHeadersPolicy(headers, 'notes');
		const security = policy.SecurityHeadersConfig;
		assert.equal(
			security['ContentSecurityPolicy']!['ContentSecurityPolicy'],
			headers['Content-Security-Policy'],
		);
		assert.deepEqual(security['ContentTypeOptions'], { Override: true });
		assert.equal(security['ReferrerPolicy']!['ReferrerPolicy'], headers['Referrer-Policy']);
		assert.deepEqual(security['StrictTransportSecurity'], {
			Override: true,
			AccessControlMaxAgeSec: 63072000,
			IncludeSubdomains: true,
			Preload: false,
		});
		assert.deepEqual(
			policy.CustomHeadersConfig.Items.map((item) => [item.Header, item.Value]),
			Object.entries(headers).filter(([name]) =>
				['Permissions-Policy', 'Cross-Origin-Opener-Policy'].includes(name),
			),
		);
		assert.equal(policy.CustomHeadersConfig.Quantity, 2);
	});

	test('the policy fits CloudFront with room for twice today’s inline scripts', () => {
		const csp = siteHeaders(20)['Content-Security-Policy']!;
		assert.ok(csp.length <= CLOUDFRONT_CSP_MAX, `${csp.length} > ${CLOUDFRONT_CSP_MAX}`);
	});

	test('refuses what CloudFront cannot send, saying which header', () => {
		assert.throws(
			() => toResponseHeadersPolicy({ 'Content-Security-Policy': 'x'.repeat(1784) }, 'n'),
			/1784 characters; CloudFront takes at most 1783/,
		);
		assert.throws(
			() => toResponseHeadersPolicy({ 'Referrer-Policy': 'sometimes' }, 'n'),
			/Referrer-Policy: sometimes/,
		);
	});
});
