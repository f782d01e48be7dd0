/**
 * Runs after `npm install` / `npm ci`: makes sure the programs the project needs from the system
 * exist (src/tools/system-tools.ts). On Debian or Ubuntu as root it installs the missing ones with
 * apt-get; anywhere else it says how to get them, and fails if the build needs one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { playwrightChromiumPath } from '../lib/chromium.ts';
import { canUseApt, ensureSystemTools, systemTools } from './system-tools.ts';

function run(command: string, args: string[]): void {
	console.log(`$ ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

const missing = ensureSystemTools(systemTools({ playwrightPath: await playwrightChromiumPath() }), {
	canUseApt: canUseApt({ uid: process.getuid?.(), exists: existsSync }),
	run,
	log: console.log,
	warn: console.error,
});
if (missing.some((tool) => tool.neededBy === 'build')) process.exit(1);
