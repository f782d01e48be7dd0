import { existsSync } from 'node:fs';

/** Where an executable was found, and by which rule. */
export interface ExecutableLocation<Source extends string> {
	path: string;
	source: 'environment' | Source;
}

/** How to look for one executable. */
export interface FindExecutableOptions<Source extends string> {
	/** The environment variable that names the executable explicitly, such as `JAVA_PATH`. */
	envVar: string;
	/** Environment to read `envVar` from. @default process.env */
	env?: Record<string, string | undefined> | undefined;
	/** Whether a file exists. @default fs.existsSync */
	exists?: ((path: string) => boolean) | undefined;
	/** Where else to look, in order, each with the rule that names it. */
	candidates: Array<{ path: string | undefined; source: Source }>;
}

/**
 * Finds an executable: the path in `envVar` wins, then the first candidate that exists. An explicit
 * path that does not exist is an error, never silently skipped. Chromium and Java are found so.
 */
export function findExecutable<Source extends string>(
	options: FindExecutableOptions<Source>,
): ExecutableLocation<Source> | undefined {
	const env = options.env ?? process.env;
	const exists = options.exists ?? existsSync;
	const explicit = env[options.envVar];
	if (explicit) {
		if (!exists(explicit)) {
			throw new Error(`${options.envVar} is set to "${explicit}", but no file exists there.`);
		}
		return { path: explicit, source: 'environment' };
	}
	const found = options.candidates.find(
		(candidate): candidate is { path: string; source: Source } =>
			candidate.path !== undefined && exists(candidate.path),
	);
	return found ? { path: found.path, source: found.source } : undefined;
}
