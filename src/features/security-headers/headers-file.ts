import { readFileSync } from 'node:fs';
import { AstroError } from 'astro/errors';

/** One block of a `_headers` file: a URL pattern and the headers sent for it, in order. */
export interface HeaderRule {
	pattern: string;
	headers: [name: string, value: string][];
}

/** The token in `public/_headers` that the build replaces with the inline scripts' hashes. */
export const SCRIPT_HASHES_TOKEN = '{INLINE_SCRIPT_HASHES}';

/**
 * Parses the `_headers` format that Netlify and Cloudflare Pages read: a URL pattern at the start
 * of a line, then indented `Name: value` lines; `#` starts a comment.
 */
export function parseHeadersFile(text: string, file = '_headers'): HeaderRule[] {
	const rules: HeaderRule[] = [];
	text.split('\n').forEach((raw, i) => {
		const line = raw.trimEnd();
		if (line.trim() === '' || line.trim().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line, headers: [] });
			return;
		}
		const match = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
		const rule = rules.at(-1);
		if (!match || !rule)
			throw new AstroError(
				`${file}:${i + 1}: expected "  Header-Name: value" under a URL pattern`,
				'A URL pattern starts at the beginning of a line; each header under it is indented.',
			);
		rule.headers.push([match[1]!, match[2]!]);
	});
	return rules;
}

/** Serialises rules back to the `_headers` format. */
export function formatHeadersFile(rules: HeaderRule[], comment: string): string {
	const blocks = rules.map(
		(rule) => `${rule.pattern}\n${rule.headers.map(([n, v]) => `  ${n}: ${v}`).join('\n')}`,
	);
	return `# ${comment}\n${blocks.join('\n\n')}\n`;
}

/** The `'sha256-…'` sources replace the token in every header value that holds it. */
export function fillScriptHashes(rules: HeaderRule[], hashes: string[]): HeaderRule[] {
	const sources = [...new Set(hashes)]
		.sort()
		.map((hash) => `'sha256-${hash}'`)
		.join(' ');
	return rules.map((rule) => ({
		pattern: rule.pattern,
		headers: rule.headers.map(([name, value]) => [
			name,
			value.replace(SCRIPT_HASHES_TOKEN, sources),
		]),
	}));
}

/** What a server sends, read from the built `_headers`. */
export interface SiteHeaders {
	/** The headers of the rule for `/*`: every URL gets them. */
	all: Record<string, string>;
	/** Content types for the paths a later rule names, such as `/*.md`, in file order. */
	types: Array<{ pattern: string; contentType: string }>;
}

/**
 * The headers of the built `_headers`. Its first rule, for `/*`, holds every header all URLs
 * share. Rules after it may set only `Content-Type`, for files whose type needs its charset
 * spelt out (the Markdown twins): that is all a server's per-path settings have to mirror.
 */
export function readSiteHeaders(path: string): SiteHeaders {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		throw new AstroError(`${path} is missing.`, 'Run `npm run build` before serving the site.');
	}
	const [first, ...rest] = parseHeadersFile(text, path);
	if (first?.pattern !== '/*')
		throw new AstroError(
			`${path} must start with the rule for "/*", which holds every header all URLs share.`,
			'Put the headers every URL gets under "/*" at the top of public/_headers.',
		);
	const types = rest.map((rule) => {
		const other = rule.headers.find(([name]) => name.toLowerCase() !== 'content-type');
		const type = rule.headers.find(([name]) => name.toLowerCase() === 'content-type');
		if (other || !type)
			throw new AstroError(
				`${path}: the rule for "${rule.pattern}" ${other ? `sets ${other[0]}` : 'sets nothing'}; rules after "/*" may set only Content-Type.`,
				'Every server (astro preview, CloudFront) sends one set of headers: put them all under "/*" in public/_headers.',
			);
		return { pattern: rule.pattern, contentType: type[1] };
	});
	if (text.includes(SCRIPT_HASHES_TOKEN))
		throw new AstroError(
			`${path} still holds ${SCRIPT_HASHES_TOKEN}: the build did not finish.`,
			'Run `npm run build` again and look for the error that stopped it.',
		);
	return { all: Object.fromEntries(first.headers), types };
}

/**
 * A `_headers` path pattern (`*` matches anything) as a regular expression for request URLs under
 * `base`, query string allowed.
 */
export function patternToRegExp(pattern: string, base = '/'): string {
	const escaped = pattern
		.replace(/^\//, base)
		.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
		.replace(/\*/g, '.*');
	return `^${escaped}(?:\\?.*)?$`;
}
