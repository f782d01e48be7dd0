import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import type { Root } from 'hast';
import { staleBuildReason } from '../../src/lib/build-marker.ts';
import { requireJava } from '../../src/lib/java.ts';
import { parseHtml } from '../support/built-html.ts';
import { formatReport, messageFile, runNuChecker, type NuMessage } from '../support/nu-checker.ts';
import { splitUpstreamErrors, UPSTREAM_HTML_ERRORS } from '../support/upstream-html-errors.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

// The suite checks the production build, so it must be the build of the sources as they are.
const stale = staleBuildReason(root);
if (stale) throw new Error(`HTML validation needs a complete, current build. ${stale}`);

/** Every HTML file in dist/: the pages, 404, the /go/ redirect pages, the study sheet. */
const files = readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.html'))
	.map((file) => join('dist', file))
	.sort();

const trees = new Map<string, Root>();
/** The page a message is about, parsed once however many messages it has. */
function treeOf(message: NuMessage): Root {
	const file = messageFile(message, root) ?? '';
	let tree = trees.get(file);
	if (!tree) trees.set(file, (tree = parseHtml(readFileSync(join(root, file), 'utf8'))));
	return tree;
}

const { remaining, accepted } = splitUpstreamErrors(
	runNuChecker(requireJava().path, files),
	treeOf,
);

test('checks every kind of page the build writes', () => {
	for (const page of ['dist/index.html', 'dist/404.html', 'dist/all-topics/index.html']) {
		assert.ok(files.includes(page), `${page} was not checked`);
	}
	assert.ok(
		files.some((file) => file.startsWith('dist/go/')),
		'no /go/ redirect page was checked',
	);
});

test('the built HTML has no errors but the listed upstream ones', () => {
	assert.equal(remaining.length, 0, formatReport(remaining, root));
});

test('every upstream filter still matches an error (remove the ones fixed upstream)', () => {
	const unused = UPSTREAM_HTML_ERRORS.filter((filter) => !accepted.has(filter));
	assert.deepEqual(
		unused.map((filter) => filter.message),
		[],
		'remove these filters and their entries in docs/decisions.md',
	);
});
