import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** What a strict Content-Security-Policy needs to know about one HTML document. */
export interface ScriptAudit {
	/** Base64 SHA-256 of each inline script's text, as a CSP `'sha256-…'` source takes it. */
	inlineScriptHashes: string[];
	/** Script a strict CSP would block and the build must not ship: inline handlers, `javascript:`. */
	problems: { line: number; column: number; message: string }[];
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const URL_PROPERTIES = new Set([
	'href',
	'src',
	'action',
	'formAction',
	'xLinkHref',
	'poster',
	'cite',
	'data',
	'background',
	'ping',
]);

/** True for a URL a browser would run as script; browsers strip tabs, newlines and controls first. */
export function isScriptUrl(value: string): boolean {
	const url = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
	return /^javascript:/i.test(url);
}

/** Hashes a script's text the way a browser does when it checks a CSP hash source. */
function hashScript(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('base64');
}

function describe(node: Element): string {
	return `<${node.tagName}>`;
}

/** Lists an HTML document's (text or parsed tree) inline scripts and anything in it that runs script outside them. */
export function auditScripts(html: string | Root): ScriptAudit {
	const tree: Root = typeof html === 'string' ? fromHtml(html) : html;
	const audit: ScriptAudit = { inlineScriptHashes: [], problems: [] };
	visit(tree, 'element', (node: Element) => {
		const at = { line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 };
		if (node.tagName === 'script' && node.properties['src'] === undefined) {
			const type = String(node.properties['type'] ?? '')
				.trim()
				.toLowerCase();
			if (JS_TYPES.has(type)) audit.inlineScriptHashes.push(hashScript(toString(node)));
		}
		for (const [name, value] of Object.entries(node.properties)) {
			if (/^on[A-Z]/.test(name) || /^on[a-z]+$/.test(name))
				audit.problems.push({
					...at,
					message: `${describe(node)} has an inline event handler (${name.toLowerCase()}=…); use a <script> with addEventListener`,
				});
			else if (URL_PROPERTIES.has(name) && typeof value === 'string' && isScriptUrl(value))
				audit.problems.push({
					...at,
					message: `${describe(node)} has a javascript: URL in ${name}; link to a page or use a <button> with a script`,
				});
		}
	});
	return audit;
}
