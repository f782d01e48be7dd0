/** One source a Sources line cites. */
export interface SourceLink {
	url: string;
	title: string;
	/** Marked `(non-AWS)`: a source from outside AWS, for a fact AWS documents nowhere. */
	nonAws: boolean;
}

/**
 * Hosts of AWS's own documentation: the guides, the product and whitepaper pages, the PDFs they
 * link and AWS re:Post. The build cannot reach them, so it checks the form and host, not the page.
 */
export const AWS_SOURCE_HOSTS = [
	'docs.aws.amazon.com',
	'aws.amazon.com',
	'd1.awsstatic.com',
	'repost.aws',
] as const;

/** Whether a URL's host is AWS's: one of the hosts above. */
function isAwsHost(host: string): boolean {
	return (AWS_SOURCE_HOSTS as readonly string[]).includes(host.toLowerCase());
}

/**
 * What is wrong with one cited source, or `undefined` when it is fine: an address that is not an
 * absolute https URL, a title that is only the address, a non-AWS source not marked `(non-AWS)`,
 * or an AWS page marked as not AWS. `howToMark` says how the file at hand marks a non-AWS source.
 */
export function checkSourceLink(
	url: string,
	title: string,
	nonAws = false,
	howToMark = 'by writing (non-AWS) after it',
): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return `the source "${url}" is not an absolute URL: cite the documentation page by its full https:// address.`;
	}
	if (parsed.protocol !== 'https:') {
		return `the source ${url} must use https://: AWS documentation is served over https.`;
	}
	if (!title.trim() || title.trim() === url) {
		return `the source ${url} needs a title: write [Page title (Guide)](${url}).`;
	}
	const aws = isAwsHost(parsed.hostname);
	if (!aws && !nonAws) {
		return `the source ${url} is not AWS documentation (${AWS_SOURCE_HOSTS.join(', ')}): cite the AWS page that states the fact, or, where AWS has none, mark the link ${howToMark}.`;
	}
	if (aws && nonAws) {
		return `the source ${url} is AWS documentation: remove its non-AWS mark.`;
	}
	return undefined;
}
