import { CHROMIUM_HELP, findChromium } from '../lib/chromium.ts';
import { findJava, JAVA_HELP } from '../lib/java.ts';

/** A program the project needs from the system, and the Debian package that provides it. */
export interface SystemTool {
	/** Name used in messages, such as "Chromium". */
	name: string;
	/** Finds the program: its path, or `undefined` when it is missing. */
	find: () => string | undefined;
	/** The Debian (and Ubuntu) package that provides it. */
	debianPackage: string;
	/** What needs it: a missing tool the build needs fails `npm install`; one only tests need warns. */
	neededBy: 'build' | 'tests';
	/** How to get it, printed when it is missing and cannot be installed. */
	help: string;
}

export interface SystemToolsOptions {
	/** Environment the finders read (`CHROMIUM_PATH`, `JAVA_PATH`, `PATH`). @default process.env */
	env?: Record<string, string | undefined>;
	/** Whether a file exists. @default fs.existsSync */
	exists?: (path: string) => boolean;
	/** Where Playwright's own Chromium would be installed, if known. */
	playwrightPath?: string | undefined;
}

/** The programs `npm install` makes sure of: Chromium (build and end-to-end tests) and Java (HTML validation). */
export function systemTools(options: SystemToolsOptions = {}): SystemTool[] {
	return [
		{
			name: 'Chromium',
			find: () => findChromium(options)?.path,
			debianPackage: 'chromium',
			neededBy: 'build',
			help: CHROMIUM_HELP,
		},
		{
			name: 'Java',
			find: () => findJava(options)?.path,
			// Java 17 on Debian 12, 21 on Debian 13 and Ubuntu 24.04: vnu.jar needs 17 or later.
			debianPackage: 'default-jre-headless',
			neededBy: 'tests',
			help: JAVA_HELP,
		},
	];
}

export interface AptCheck {
	/** @default process.platform */
	platform?: string;
	/** The user id (`process.getuid?.()`), or `undefined` where there is none (Windows). */
	uid: number | undefined;
	/** Whether a file exists. @default fs.existsSync */
	exists: (path: string) => boolean;
}

/** Whether this machine can install Debian packages: Linux, as root, with Debian's apt-get. */
export function canUseApt({ platform = process.platform, uid, exists }: AptCheck): boolean {
	return (
		platform === 'linux' && uid === 0 && exists('/etc/debian_version') && exists('/usr/bin/apt-get')
	);
}

export interface EnsureSystemToolsOptions {
	/** Whether missing tools can be installed with apt-get (see `canUseApt`). */
	canUseApt: boolean;
	/** Runs a command and throws when it fails. */
	run: (command: string, args: string[]) => void;
	/** Prints a line of progress. */
	log: (line: string) => void;
	/** Prints a problem. */
	warn: (line: string) => void;
}

/**
 * Finds each tool and installs the missing ones with one `apt-get install` when it can; prints how
 * to get each tool still missing, and returns those.
 */
export function ensureSystemTools(
	tools: SystemTool[],
	{ canUseApt, run, log, warn }: EnsureSystemToolsOptions,
): SystemTool[] {
	const report = (tool: SystemTool) => {
		const path = tool.find();
		if (path) log(`${tool.name}: ${path}`);
		return path;
	};
	let missing = tools.filter((tool) => !report(tool));
	if (missing.length > 0 && canUseApt) {
		const packages = missing.map((tool) => tool.debianPackage);
		log(
			`Missing ${missing.map((tool) => tool.name).join(' and ')}: installing ${packages.join(' ')}.`,
		);
		run('apt-get', ['update', '-qq']);
		run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages]);
		missing = missing.filter((tool) => !report(tool));
	}
	for (const tool of missing) warn(tool.help);
	return missing;
}
