/**
 * Runs after `npm install` / `npm ci`: makes sure a Chromium exists for the diagram renderer and
 * the end-to-end tests. On Debian or Ubuntu as root it installs Debian's `chromium` package;
 * anywhere else it stops with instructions.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_HELP, findChromium, playwrightChromiumPath } from '../lib/chromium.ts';

async function locate() {
	return findChromium({ playwrightPath: await playwrightChromiumPath() });
}

function canUseApt(): boolean {
	return (
		process.platform === 'linux' &&
		process.getuid?.() === 0 &&
		existsSync('/etc/debian_version') &&
		existsSync('/usr/bin/apt-get')
	);
}

function run(command: string, args: string[]): void {
	console.log(`$ ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

const found = await locate();
if (found) {
	console.log(`Chromium: ${found.path} (${found.source})`);
} else if (canUseApt()) {
	console.log('No Chromium found: installing Debian’s chromium package.');
	run('apt-get', ['update', '-qq']);
	run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
	const installed = await locate();
	if (!installed) {
		console.error(CHROMIUM_HELP);
		process.exit(1);
	}
	console.log(`Chromium: ${installed.path} (${installed.source})`);
} else {
	console.error(CHROMIUM_HELP);
	process.exit(1);
}
