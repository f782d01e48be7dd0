/** CloudFront's limit on a response headers policy's Content-Security-Policy value. */
export const CLOUDFRONT_CSP_MAX = 1783;

const REFERRER_POLICIES = new Set([
	'no-referrer',
	'no-referrer-when-downgrade',
	'origin',
	'origin-when-cross-origin',
	'same-origin',
	'strict-origin',
	'strict-origin-when-cross-origin',
	'unsafe-url',
]);

/** The body of `aws cloudfront create-response-headers-policy --response-headers-policy-config`. */
export interface ResponseHeadersPolicyConfig {
	Name: string;
	Comment: string;
	SecurityHeadersConfig: Record<string, Record<string, string | number | boolean>>;
	CustomHeadersConfig: {
		Quantity: number;
		Items: { Header: string; Value: string; Override: boolean }[];
	};
}

/**
 * Maps the site's headers onto a CloudFront response headers policy: the security headers
 * CloudFront models get their own fields, the rest go out as custom headers. Every header is
 * carried over unchanged, or this throws saying which one CloudFront cannot take.
 */
export function toResponseHeadersPolicy(
	headers: Record<string, string>,
	name: string,
): ResponseHeadersPolicyConfig {
	const security: ResponseHeadersPolicyConfig['SecurityHeadersConfig'] = {};
	const custom: ResponseHeadersPolicyConfig['CustomHeadersConfig']['Items'] = [];
	for (const [header, value] of Object.entries(headers)) {
		switch (header.toLowerCase()) {
			case 'content-security-policy':
				if (value.length > CLOUDFRONT_CSP_MAX)
					throw new Error(
						`Content-Security-Policy is ${value.length} characters; CloudFront takes at most ${CLOUDFRONT_CSP_MAX}.`,
					);
				security['ContentSecurityPolicy'] = { Override: true, ContentSecurityPolicy: value };
				break;
			case 'x-content-type-options':
				if (value !== 'nosniff')
					throw new Error(`X-Content-Type-Options: CloudFront sends only nosniff.`);
				security['ContentTypeOptions'] = { Override: true };
				break;
			case 'referrer-policy':
				if (!REFERRER_POLICIES.has(value))
					throw new Error(`Referrer-Policy: ${value} is not one CloudFront knows.`);
				security['ReferrerPolicy'] = { Override: true, ReferrerPolicy: value };
				break;
			case 'strict-transport-security': {
				const maxAge = /max-age=(\d+)/i.exec(value);
				if (!maxAge) throw new Error('Strict-Transport-Security needs a max-age.');
				security['StrictTransportSecurity'] = {
					Override: true,
					AccessControlMaxAgeSec: Number(maxAge[1]),
					IncludeSubdomains: /includeSubDomains/i.test(value),
					Preload: /preload/i.test(value),
				};
				break;
			}
			default:
				custom.push({ Header: header, Value: value, Override: true });
		}
	}
	return {
		Name: name,
		Comment: 'Generated from dist/_headers by npm run headers:cloudfront',
		SecurityHeadersConfig: security,
		CustomHeadersConfig: { Quantity: custom.length, Items: custom },
	};
}
