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

/**
 * The headers for every URL, read from the built `_headers`. The file must hold one rule, for
 * `/*`, because that is all a single set of server headers (as `astro preview` sends) can mirror.
 */
export function readSiteHeaders(path: string): Record<string, string> {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		throw new AstroError(`${path} is missing.`, 'Run `npm run build` before serving the site.');
	}
	const rules = parseHeadersFile(text, path);
	if (rules.length !== 1 || rules[0]!.pattern !== '/*')
		throw new AstroError(
			`${path} holds ${rules.length} rule(s); it must hold exactly one rule, for "/*".`,
			'Every server (astro preview, CloudFront) sends one set of headers: put them all under "/*" in public/_headers.',
		);
	if (text.includes(SCRIPT_HASHES_TOKEN))
		throw new AstroError(
			`${path} still holds ${SCRIPT_HASHES_TOKEN}: the build did not finish.`,
			'Run `npm run build` again and look for the error that stopped it.',
		);
	return Object.fromEntries(rules[0]!.headers);
}
