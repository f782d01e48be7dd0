import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import {
	fillScriptHashes,
	formatHeadersFile,
	parseHeadersFile,
	patternToRegExp,
	readSiteHeaders,
	SCRIPT_HASHES_TOKEN,
} from '../../../src/features/security-headers/headers-file.ts';
import { makeTempDir, removeTempDirs } from '../../support/temp-files.ts';

after(removeTempDirs);

const TEMPLATE = `# comment
/*
  Content-Security-Policy: script-src 'self' ${SCRIPT_HASHES_TOKEN}; object-src 'none'
  X-Content-Type-Options: nosniff
`;

describe('the _headers file', () => {
	test('parses patterns and headers, skipping comments and blank lines', () => {
		assert.deepEqual(parseHeadersFile(TEMPLATE), [
			{
				pattern: '/*',
				headers: [
					[
						'Content-Security-Policy',
						`script-src 'self' ${SCRIPT_HASHES_TOKEN}; object-src 'none'`,
					],
					['X-Content-Type-Options', 'nosniff'],
				],
			},
		]);
	});

	test('rejects a header line outside a pattern, naming the line', () => {
		assert.throws(
			() => parseHeadersFile('  X-A: b\n', 'public/_headers'),
			/public\/_headers:1: expected/,
		);
	});

	test('fills in sorted, de-duplicated hash sources and round-trips', () => {
		const filled = fillScriptHashes(parseHeadersFile(TEMPLATE), ['bbb=', 'aaa=', 'bbb=']);
		assert.equal(
			filled[0]!.headers[0]![1],
			"script-src 'self' 'sha256-aaa=' 'sha256-bbb='; object-src 'none'",
		);
		assert.deepEqual(parseHeadersFile(formatHeadersFile(filled, 'generated')), filled);
	});

	test('serves the rule for every URL, allows only content types after it, and refuses an unfinished or missing file', async () => {
		const dir = await makeTempDir('headers');
		const files = {
			done: formatHeadersFile(fillScriptHashes(parseHeadersFile(TEMPLATE), ['a=']), 'x'),
			raw: TEMPLATE,
			two: '/*\n  A: b\n/x\n  A: c\n',
			types: '/*\n  A: b\n/*.md\n  Content-Type: text/markdown; charset=utf-8\n',
			late: '/x.md\n  Content-Type: text/markdown\n/*\n  A: b\n',
		};
		for (const [name, text] of Object.entries(files)) {
			await mkdir(join(dir, name));
			await writeFile(join(dir, name, '_headers'), text);
		}
		assert.equal(
			readSiteHeaders(join(dir, 'done/_headers')).all['X-Content-Type-Options'],
			'nosniff',
		);
		assert.throws(() => readSiteHeaders(join(dir, 'raw/_headers')), /did not finish/);
		assert.throws(
			() => readSiteHeaders(join(dir, 'two/_headers')),
			/the rule for "\/x" sets A; rules after "\/\*" may set only Content-Type/,
		);
		assert.deepEqual(readSiteHeaders(join(dir, 'types/_headers')), {
			all: { A: 'b' },
			types: [{ pattern: '/*.md', contentType: 'text/markdown; charset=utf-8' }],
		});
		assert.throws(
			() => readSiteHeaders(join(dir, 'late/_headers')),
			/must start with the rule for "\/\*"/,
		);
		assert.throws(
			() => readSiteHeaders(join(dir, 'none/_headers')),
			(error: Error & { hint?: string }) =>
				/none\/_headers is missing/.test(error.message) && /npm run build/.test(error.hint ?? ''),
		);
	});

	test('a path pattern matches its URLs under the base path, with or without a query', () => {
		const md = new RegExp(patternToRegExp('/*.md'));
		assert.ok(md.test('/iam.md'));
		assert.ok(md.test('/iam.md?x=1'));
		assert.ok(!md.test('/iam/'));
		assert.ok(!md.test('/iam.mdx'));
		const llms = new RegExp(patternToRegExp('/llms.txt', '/notes/'));
		assert.ok(llms.test('/notes/llms.txt'));
		assert.ok(!llms.test('/llms.txt'));
		assert.ok(!llms.test('/notes/llmsXtxt'));
	});
});
