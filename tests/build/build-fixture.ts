import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = join(root, 'tests/.tmp');

/** What `astro build` did with a fixture. */
export interface BuildOutcome {
	code: number | null;
	output: string;
	dir: string;
}

/**
 * Builds the site with a fixture's files laid over a temporary copy of it. The copy lives inside
 * the project (tests/.tmp/) so it resolves the project's node_modules; the real site is untouched.
 */
export async function buildWithFixture(name: string): Promise<BuildOutcome> {
	await mkdir(scratch, { recursive: true });
	const dir = await mkdtemp(join(scratch, `${name}-`));
	for (const entry of [
		'astro.config.mjs',
		'package.json',
		'tsconfig.json',
		'src',
		'public',
		'tests/published-links.json',
	]) {
		await cp(join(root, entry), join(dir, entry), { recursive: true });
	}
	await cp(join(root, 'tests/fixtures/build', name), dir, { recursive: true });
	// Run Astro on this Node (22), whatever `node` on PATH is.
	const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk));
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	return { code, output, dir };
}

/** Removes a fixture build's temporary copy. */
export function removeBuild(outcome: BuildOutcome): Promise<void> {
	return rm(outcome.dir, { recursive: true, force: true });
}
