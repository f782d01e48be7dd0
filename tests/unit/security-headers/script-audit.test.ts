import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { auditScripts, isScriptUrl } from '../../../src/features/security-headers/script-audit.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('base64');

describe('auditScripts', () => {
	test('hashes inline classic and module scripts exactly as written, and nothing else', () => {
		const audit = auditScripts(
			'<head><script>let a = 1;\n</script><script type="module">import "x";</script>' +
				'<script src="/a.js"></script><script type="application/ld+json">{}</script></head>',
		);
		assert.deepEqual(audit.inlineScriptHashes, [sha('let a = 1;\n'), sha('import "x";')]);
		assert.deepEqual(audit.problems, []);
	});

	test('reports inline event handlers with their line and column', () => {
		const audit = auditScripts(
			'<p>ok</p>\n  <img src="x" onerror="steal()">\n<svg onload="x()"></svg>',
		);
		assert.deepEqual(
			audit.problems.map((p) => `${p.line}:${p.column} ${p.message.split(';')[0]}`),
			[
				'2:3 <img> has an inline event handler (onerror=…)',
				'3:1 <svg> has an inline event handler (onload=…)',
			],
		);
	});

	test('reports javascript: URLs in links, forms and SVG, however they are disguised', () => {
		const audit = auditScripts(
			'<a href="JavaScript:alert(1)">a</a><form action=" java\tscript:x()"></form>' +
				'<svg><a xlink:href="javascript:x()"></a></svg><a href="/javascript/">fine</a>',
		);
		assert.deepEqual(
			audit.problems.map((p) => p.message.split(';')[0]),
			[
				'<a> has a javascript: URL in href',
				'<form> has a javascript: URL in action',
				'<a> has a javascript: URL in xLinkHref',
			],
		);
	});

	test('leaves text that merely mentions handlers or javascript: alone', () => {
		const audit = auditScripts(
			'<p title="onclick">Use onclick= nowhere; javascript:void(0) is not a link here.</p><code>onload</code>',
		);
		assert.deepEqual(audit.problems, []);
	});
});

describe('isScriptUrl', () => {
	test('matches what a browser would run', () => {
		assert.equal(isScriptUrl('javascript:x'), true);
		assert.equal(isScriptUrl('\u0001 jav\nascript:x'), true);
		assert.equal(isScriptUrl('https://example.com/javascript:x'), false);
		assert.equal(isScriptUrl('#javascript'), false);
	});
});
