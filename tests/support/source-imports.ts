import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The project's code files (tracked or new, not ignored), relative to the root; no fixtures. */
export function codeFiles(): string[] {
	return execFileSync(
		'git',
		['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'tests', 'astro.config.mjs'],
		{ cwd: ROOT, encoding: 'utf8' },
	)
		.split('\n')
		.filter((file) => /\.(ts|mjs|astro|mdx)$/.test(file) && !file.includes('/fixtures/'))
		.filter((file) => existsSync(join(ROOT, file)));
}

/** The script parts of a file: all of a .ts or .mjs file, an .astro file's frontmatter and scripts. */
export function scriptsOf(file: string): { code: string; client: boolean }[] {
	const text = readFileSync(join(ROOT, file), 'utf8');
	if (file.endsWith('.astro')) {
		const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
		const scripts = [...text.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
			// is:inline scripts are shipped as they are; Astro bundles the others for the browser.
			.filter(([, attributes = '']) => !/\bis:inline\b/.test(attributes))
			.map(([, , code = '']) => ({ code, client: true }));
		return [{ code: frontmatter, client: false }, ...scripts];
	}
	if (file.endsWith('.mdx')) {
		const imports = text.split('\n').filter((line) => /^(import|export)\s/.test(line));
		return [{ code: imports.join('\n'), client: false }];
	}
	return [{ code: text, client: false }];
}

/** Every module specifier a piece of code imports: static, dynamic, `import type` and re-exports. */
export function importsOf(code: string): string[] {
	return ts.preProcessFile(code, true, true).importedFiles.map((file) => file.fileName);
}

/** The npm package a bare specifier names: `hast-util-select`, `@astrojs/starlight`, … */
export function packageOf(specifier: string): string | undefined {
	if (/^(\.|\/|node:|virtual:|astro:)/.test(specifier)) return undefined;
	const parts = specifier.split('/');
	return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The project file a relative specifier in `from` leads to, or `undefined` if it is not one. */
export function resolveRelative(from: string, specifier: string): string | undefined {
	if (!specifier.startsWith('.')) return undefined;
	return normalize(join(dirname(from), specifier));
}
