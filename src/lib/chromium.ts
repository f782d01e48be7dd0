import { AstroError } from 'astro/errors';
import { findExecutable } from './find-executable.ts';

/** Flags every Chromium launch uses: headless as root on a machine with no outside network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** Environment variable that names a Chromium binary explicitly. */
const CHROMIUM_ENV = 'CHROMIUM_PATH';

/** Paths where Debian and Ubuntu packages put Chromium. */
const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export interface ChromiumLocation {
	path: string;
	source: 'environment' | 'playwright' | 'system';
}

export interface FindChromiumOptions {
	/** Environment to read `CHROMIUM_PATH` from. @default process.env */
	env?: Record<string, string | undefined>;
	/** Whether a file exists. @default fs.existsSync */
	exists?: (path: string) => boolean;
	/** Where Playwright's own Chromium would be installed, if known. */
	playwrightPath?: string | undefined;
}

/** How to get a Chromium, printed whenever none is found. */
export const CHROMIUM_HELP = [
	'No Chromium found. The diagram renderer and the end-to-end tests need one. Any of these works:',
	'  - Debian or Ubuntu: apt-get install -y chromium   (as root; `npm install` does this for you when it runs as root)',
	'  - Any machine with internet access: npx playwright install chromium',
	`  - An existing Chromium or Chrome: export ${CHROMIUM_ENV}=/path/to/chromium`,
].join('\n');

/**
 * Finds a Chromium: an explicit `CHROMIUM_PATH` wins, then Playwright's own browser, then the
 * system package. An explicit path that does not exist is an error, never silently skipped.
 */
export function findChromium(options: FindChromiumOptions = {}): ChromiumLocation | undefined {
	return findExecutable({
		envVar: CHROMIUM_ENV,
		env: options.env,
		exists: options.exists,
		candidates: [
			{ path: options.playwrightPath, source: 'playwright' },
			...SYSTEM_CHROMIUM_PATHS.map((path) => ({ path, source: 'system' as const })),
		],
	});
}

/** Where Playwright would keep its own Chromium on this machine (it may not be installed). */
export async function playwrightChromiumPath(): Promise<string | undefined> {
	try {
		const { chromium } = await import('playwright-core');
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}

/** Finds a Chromium or throws an error that says how to get one. */
export async function requireChromium(): Promise<ChromiumLocation> {
	const found = findChromium({ playwrightPath: await playwrightChromiumPath() });
	if (!found) {
		const [problem = '', ...fixes] = CHROMIUM_HELP.split('\n');
		throw new AstroError(problem, fixes.join('\n'));
	}
	return found;
}

/** How every Chromium launch starts the browser: the binary found above and the shared flags. */
export async function chromiumLaunchOptions(): Promise<{ executablePath: string; args: string[] }> {
	return { executablePath: (await requireChromium()).path, args: CHROMIUM_ARGS };
}
