import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import {
	codeFiles,
	importsOf,
	packageOf,
	resolveRelative,
	ROOT,
	scriptsOf,
} from '../../support/source-imports.ts';

/**
 * The rule the tree follows: code that runs in the browser is a `<script>` in a component or a
 * `*.client.ts` module, and what those import may be pure modules but never Node code.
 */
const CLIENT_MODULE = /\.client\.ts$/;
/**
 * npm packages checked to run in the browser, plain ES modules with no imports of their own:
 * ts-fsrs (the flashcards' scheduler), text-fragments-polyfill (quote links) and workbox-window
 * (registering the service worker; its `module` build imports nothing).
 */
const BROWSER_PACKAGES = new Set<string>(['text-fragments-polyfill', 'ts-fsrs', 'workbox-window']);
/** Globals that exist only in a browser: a module that uses one is browser-only. */
const BROWSER_GLOBALS = new Set([
	'window',
	'document',
	'navigator',
	'location',
	'localStorage',
	'sessionStorage',
	'customElements',
	'HTMLElement',
	'NodeFilter',
]);

const files = codeFiles().filter((file) => file.startsWith('src/'));

/** The browser globals a module's code refers to (not property names or its own declarations). */
function browserGlobalsIn(code: string): string[] {
	const source = ts.createSourceFile('module.ts', code, ts.ScriptTarget.Latest, true);
	const found = new Set<string>();
	const declared = new Set<string>();
	const visit = (node: ts.Node) => {
		if (
			(ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isFunctionDeclaration(node)) &&
			node.name &&
			ts.isIdentifier(node.name)
		)
			declared.add(node.name.text);
		if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text)) {
			const parent = node.parent;
			const isName =
				(ts.isPropertyAccessExpression(parent) && parent.name === node) ||
				(ts.isPropertyAssignment(parent) && parent.name === node) ||
				((ts.isVariableDeclaration(parent) || ts.isParameter(parent)) && parent.name === node) ||
				ts.isTypeReferenceNode(parent) ||
				ts.isImportSpecifier(parent);
			if (!isName) found.add(node.text);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return [...found].filter((name) => !declared.has(name));
}

/** Modules a client script reaches through relative imports, with the first path to each. */
function clientGraph(): Map<string, string[]> {
	const reached = new Map<string, string[]>();
	const queue: { file: string; path: string[] }[] = [];
	const follow = (from: string, code: string, path: string[]) => {
		for (const specifier of importsOf(code)) {
			const target = resolveRelative(from, specifier);
			if (target && !reached.has(target) && existsSync(join(ROOT, target))) {
				reached.set(target, [...path, target]);
				queue.push({ file: target, path: [...path, target] });
			}
		}
	};
	for (const file of files) {
		for (const part of scriptsOf(file))
			if (part.client || CLIENT_MODULE.test(file)) follow(file, part.code, [`${file} <script>`]);
	}
	while (queue.length > 0) {
		const { file, path } = queue.shift()!;
		follow(file, readFileSync(join(ROOT, file), 'utf8'), path);
	}
	return reached;
}

test('what runs in the browser imports no Node built-in and no Node-only package', () => {
	const problems: string[] = [];
	const graph = clientGraph();
	for (const [file, path] of graph) {
		for (const specifier of importsOf(readFileSync(join(ROOT, file), 'utf8'))) {
			const name = packageOf(specifier);
			if (specifier.startsWith('node:') || (name && !BROWSER_PACKAGES.has(name)))
				problems.push(`${path.join(' → ')} imports ${specifier}`);
		}
	}
	assert.ok(graph.size > 0, 'no client script imports a module: the scan found nothing');
	assert.deepEqual(problems, []);
});

test('a module that uses browser globals is named *.client.ts', () => {
	const problems = files
		.filter((file) => file.endsWith('.ts') && !CLIENT_MODULE.test(file))
		.flatMap((file) => {
			const globals = browserGlobalsIn(readFileSync(join(ROOT, file), 'utf8'));
			return globals.length > 0 ? [`${file} uses ${globals.join(', ')}`] : [];
		});
	assert.deepEqual(problems, []);
});

test('*.client.ts modules are imported only by client scripts and other client modules', () => {
	const problems: string[] = [];
	for (const file of files)
		for (const part of scriptsOf(file)) {
			if (part.client || CLIENT_MODULE.test(file)) continue;
			for (const specifier of importsOf(part.code)) {
				const target = resolveRelative(file, specifier);
				if (target && CLIENT_MODULE.test(target))
					problems.push(`${file} (build-time code) imports ${target}`);
			}
		}
	assert.deepEqual(problems, []);
});

test('the browser-globals check sees a real use and ignores names that only look alike', () => {
	assert.deepEqual(browserGlobalsIn('const x = document.title;'), ['document']);
	assert.deepEqual(
		browserGlobalsIn('const a = { document: 1 }; a.document; let window = 2; window + 1;'),
		[],
	);
	assert.deepEqual(browserGlobalsIn('function f(location: string) { return location; }'), []);
});
