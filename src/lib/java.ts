import { delimiter, join } from 'node:path';
import { findExecutable } from './find-executable.ts';

/** Environment variable that names a Java binary explicitly. */
const JAVA_ENV = 'JAVA_PATH';

/** Where Debian's and Ubuntu's Java packages link `java`. */
const SYSTEM_JAVA = '/usr/bin/java';

export interface JavaLocation {
	path: string;
	source: 'environment' | 'path' | 'system';
}

export interface FindJavaOptions {
	/** Environment to read `JAVA_PATH` and `PATH` from. @default process.env */
	env?: Record<string, string | undefined>;
	/** Whether a file exists. @default fs.existsSync */
	exists?: (path: string) => boolean;
}

/** How to get a Java, printed whenever none is found. */
export const JAVA_HELP = [
	'No Java found. The HTML validation in `npm test` runs the Nu Html Checker (vnu.jar), which needs Java 17 or later. Any of these works:',
	'  - Debian, or Ubuntu 24.04 and later: apt-get install -y default-jre-headless   (as root; `npm install` does this for you when it runs as root)',
	'  - Ubuntu 22.04: apt-get install -y openjdk-17-jre-headless',
	'  - macOS: brew install openjdk; anywhere: a JRE from https://adoptium.net/',
	`  - An existing Java: export ${JAVA_ENV}=/path/to/java`,
].join('\n');

/**
 * Finds a Java: an explicit `JAVA_PATH` wins, then `java` on `PATH`, then Debian's `/usr/bin/java`.
 * An explicit path that does not exist is an error, never silently skipped.
 */
export function findJava(options: FindJavaOptions = {}): JavaLocation | undefined {
	const env = options.env ?? process.env;
	const onPath = (env['PATH'] ?? '')
		.split(delimiter)
		.filter(Boolean)
		.map((dir) => ({ path: join(dir, 'java'), source: 'path' as const }));
	return findExecutable({
		envVar: JAVA_ENV,
		env,
		exists: options.exists,
		candidates: [...onPath, { path: SYSTEM_JAVA, source: 'system' }],
	});
}

/** Finds a Java or throws an error that says how to get one. */
export function requireJava(): JavaLocation {
	const found = findJava();
	if (!found) throw new Error(JAVA_HELP);
	return found;
}
