import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { codeFiles, importsOf, packageOf, ROOT, scriptsOf } from '../../support/source-imports.ts';

interface PackageJson {
	version: string;
	scripts: Record<string, string>;
	devDependencies: Record<string, string>;
	dependencies?: Record<string, string>;
	prettier: { plugins: string[] };
	peerDependencies?: Record<string, string>;
}

const readPackage = (path: string) =>
	JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as PackageJson;
const project = readPackage('package.json');
const declared = new Set(Object.keys({ ...project.dependencies, ...project.devDependencies }));
const scripts = Object.values(project.scripts).join('\n');

/** Packages imported by the project's code, each with the first file that imports it. */
function importedPackages(): Map<string, string> {
	const found = new Map<string, string>();
	for (const file of codeFiles())
		for (const { code } of scriptsOf(file))
			for (const specifier of importsOf(code)) {
				const name = packageOf(specifier);
				if (name && !found.has(name)) found.set(name, file);
			}
	return found;
}

/**
 * Declared packages that no code imports, and why each is needed all the same. Each reason is
 * checked, so a tool that stops being used fails this test.
 */
const TOOLS: Record<string, { why: string; inUse: () => boolean }> = {
	node: {
		why: 'the Node 22 runtime every npm script runs on (node_modules/.bin/node)',
		inUse: () => readPackage('node_modules/node/package.json').version.startsWith('22.'),
	},
	prettier: { why: 'npm run format', inUse: () => /\bprettier\b/.test(scripts) },
	'prettier-plugin-astro': {
		why: 'formats .astro files',
		inUse: () => project.prettier.plugins.includes('prettier-plugin-astro'),
	},
	'@astrojs/check': { why: 'astro check runs it', inUse: () => /\bastro check\b/.test(scripts) },
	typescript: {
		why: 'the peer dependency of @astrojs/check (and the parser this test uses)',
		inUse: () =>
			Boolean(
				readPackage('node_modules/@astrojs/check/package.json').peerDependencies?.['typescript'],
			),
	},
};

test('every package the code imports is declared in package.json', () => {
	const missing = [...importedPackages()]
		.filter(([name]) => !declared.has(name) && !declared.has(`@types/${name}`))
		.map(([name, file]) => `${name} (imported by ${file})`);
	assert.deepEqual(missing, [], `add these to devDependencies: ${missing.join(', ')}`);
});

test('every declared package is imported, or is a tool with a reason', () => {
	const imported = importedPackages();
	const unused = [...declared].filter((name) => {
		if (imported.has(name)) return false;
		if (name.startsWith('@types/')) return !imported.has(name.slice('@types/'.length));
		const tool = TOOLS[name];
		return !tool?.inUse();
	});
	assert.deepEqual(unused, [], `nothing uses these; remove them: ${unused.join(', ')}`);
});

/** Compares dotted versions numerically: negative when a < b. */
function compareVersions(a: string, b: string): number {
	const [pa, pb] = [a, b].map((v) => v.split(/[.-]/).slice(0, 3).map(Number));
	for (let i = 0; i < 3; i++) if (pa![i] !== pb![i]) return pa![i]! - pb![i]!;
	return 0;
}

test('the Pagefind that builds the index is 1.1.1 or later (1.1.1 fixed a DOM-clobbering XSS)', () => {
	const { version } = readPackage('node_modules/pagefind/package.json');
	assert.ok(compareVersions(version, '1.1.1') >= 0, `pagefind ${version} is older than 1.1.1`);
});
