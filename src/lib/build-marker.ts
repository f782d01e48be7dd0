import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';

/** Written into `dist/` as the very last step of a build that succeeded. */
export const BUILD_MARKER = '.build-complete';

/**
 * Marks a finished build: removes the marker when a build starts and writes it when every
 * integration before this one is done, so a `dist/` without it was left half-written by a failed
 * build. Place it last in `astro.config.mjs`.
 */
export function buildMarker(): AstroIntegration {
	return {
		name: 'asn:build-marker',
		hooks: {
			'astro:config:setup': ({ command, config }) => {
				if (command === 'build') rmSync(new URL(BUILD_MARKER, config.outDir), { force: true });
			},
			'astro:build:done': ({ dir }) => {
				writeFileSync(new URL(BUILD_MARKER, dir), `${new Date().toISOString()}\n`);
			},
		},
	};
}

/** The files and folders a build reads: when one changes, `dist/` is out of date. */
const BUILD_INPUTS = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

function newestFile(path: string): { path: string; mtimeMs: number } | undefined {
	const stats = statSync(path, { throwIfNoEntry: false });
	if (!stats) return undefined;
	if (!stats.isDirectory()) return { path, mtimeMs: stats.mtimeMs };
	let newest: { path: string; mtimeMs: number } | undefined;
	for (const entry of readdirSync(path)) {
		const found = newestFile(join(path, entry));
		if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
	}
	return newest;
}

/**
 * Why `dist/` under `root` cannot be tested as the current site, or `undefined` when it can: it is
 * missing, a failed build left it without its marker, or a source changed after it was built.
 */
export function staleBuildReason(root: string): string | undefined {
	const marker = statSync(join(root, 'dist', BUILD_MARKER), { throwIfNoEntry: false });
	if (!marker)
		return 'dist/ is missing, or a build failed before it finished: run `npm run build` first.';
	for (const input of BUILD_INPUTS) {
		const newest = newestFile(join(root, input));
		if (newest && newest.mtimeMs > marker.mtimeMs)
			return `dist/ is older than ${relative(root, newest.path)}: run \`npm run build\` first.`;
	}
	return undefined;
}
