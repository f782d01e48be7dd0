import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_MARKER } from '../../src/lib/build-marker.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = join(root, 'tests/.tmp');
const fixtures = join(root, 'tests/fixtures/build');

/** What `astro build` reads from the project: config, code and static files. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

/** The site's pages and data, which a fixture build takes from the minimal site instead. */
const SITE_CONTENT = new Set(['src/content/docs', 'src/data']);

/** One line of build output, and when it arrived (ms after the build started). */
export interface OutputLine {
	ms: number;
	/** The line without colour codes (Astro colours its output even with FORCE_COLOR=0). */
	text: string;
}

/** What `astro build` did in a folder, and how long it took. */
export interface BuildRun {
	code: number | null;
	output: string;
	lines: OutputLine[];
	seconds: number;
}

const stripColors = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** What `astro build` did with a fixture. */
export interface BuildOutcome {
	code: number | null;
	output: string;
	lines: OutputLine[];
	/** Whether the build left `dist/` marked complete (src/lib/build-marker.ts). */
	complete: boolean;
}

/**
 * Runs the project's `astro build` in `dir` on this Node (22), whatever `node` on PATH is, calling
 * `onLine` with each line of output as it arrives.
 */
export async function runAstroBuild(
	dir: string,
	onLine?: (line: OutputLine) => void,
): Promise<BuildRun> {
	const started = performance.now();
	const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
	});
	let output = '';
	const lines: OutputLine[] = [];
	let partial = '';
	// Arrival times let the bench tell how long each after-build hook took.
	const collect = (chunk: Buffer) => {
		output += chunk;
		const parts = (partial + chunk.toString()).split('\n');
		partial = parts.pop()!;
		const ms = performance.now() - started;
		for (const text of parts) {
			const line = { ms, text: stripColors(text) };
			lines.push(line);
			onLine?.(line);
		}
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const seconds = (performance.now() - started) / 1000;
	if (partial) lines.push({ ms: seconds * 1000, text: stripColors(partial) });
	return { code, output, lines, seconds };
}

/** A new empty folder under tests/.tmp/: inside the project, so that it resolves node_modules. */
async function makeScratchDir(name: string): Promise<string> {
	await mkdir(scratch, { recursive: true });
	return mkdtemp(join(scratch, `${name}-`));
}

/**
 * Copies the whole site, pages included, into a new folder under tests/.tmp/. The copy lives inside
 * the project so it resolves the project's node_modules; the real site is untouched.
 */
export async function copySite(name: string): Promise<string> {
	const dir = await makeScratchDir(name);
	for (const entry of PROJECT_FILES) {
		await cp(join(root, entry), join(dir, entry), { recursive: true });
	}
	return dir;
}

/**
 * Copies the stock Starlight build of the same notes (tests/bench/stock-starlight/) into a new
 * folder under tests/.tmp/, where it resolves the project's node_modules and has no build cache.
 */
export async function copyStockStarlight(): Promise<string> {
	const dir = await makeScratchDir('stock-starlight');
	await cp(join(root, 'tests/bench/stock-starlight'), dir, { recursive: true });
	return dir;
}

/**
 * Copies the project's config, code and public files into a new folder under tests/.tmp/, with the
 * minimal site of tests/fixtures/build/_site/ in place of the real pages and data: the real plugin
 * chain, with a few small pages to build instead of the whole site.
 */
async function copyFixtureSite(name: string): Promise<string> {
	const dir = await makeScratchDir(name);
	try {
		for (const entry of PROJECT_FILES) {
			await cp(join(root, entry), join(dir, entry), {
				recursive: true,
				filter: (source) => !SITE_CONTENT.has(relative(root, source)),
			});
		}
		await cp(join(fixtures, '_site'), dir, { recursive: true });
		return dir;
	} catch (error) {
		await rm(dir, { recursive: true, force: true });
		throw error;
	}
}

/**
 * Builds the minimal site with a fixture's files laid over it (none without `name`), in a new
 * folder under tests/.tmp/ that is removed afterwards, pass or fail.
 */
export async function buildWithFixture(name?: string): Promise<BuildOutcome> {
	const dir = await copyFixtureSite(name ?? 'fixture-site');
	try {
		if (name) await cp(join(fixtures, name), dir, { recursive: true });
		const { code, output, lines } = await runAstroBuild(dir);
		// Once Astro names its output folder, it must be the copy's: never the real site's dist/.
		const outDir = lines.find((line) => line.text.includes('[build] directory: '));
		if (outDir) assert.ok(outDir.text.endsWith(` ${join(dir, 'dist')}/`), outDir.text);
		return { code, output, lines, complete: existsSync(join(dir, 'dist', BUILD_MARKER)) };
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

/** Builds a fixture that must fail, and returns the build's output. */
export async function failingBuild(name: string): Promise<string> {
	const { code, output, complete } = await buildWithFixture(name);
	assert.notEqual(code, 0, `the build with ${name} should fail, but it passed:\n${output}`);
	assert.ok(!complete, `the failed build with ${name} left a dist/ marked complete`);
	return output;
}
