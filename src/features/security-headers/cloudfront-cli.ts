/**
 * `npm run headers:cloudfront`: prints the built site's headers (dist/_headers) as a CloudFront
 * response headers policy, ready for `aws cloudfront create-response-headers-policy`.
 */
import { readSiteHeaders } from './headers-file.ts';
import { toResponseHeadersPolicy } from './cloudfront-headers-policy.ts';

const name = process.argv[2] ?? 'aws-security-notes-headers';
console.log(
	JSON.stringify(toResponseHeadersPolicy(readSiteHeaders('dist/_headers').all, name), null, 2),
);
