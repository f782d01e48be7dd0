import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Nu Html Checker, as the `vnu-jar` package ships it. */
const VNU_JAR = fileURLToPath(import.meta.resolve('vnu-jar/build/dist/vnu.jar'));

/** One message of the checker's JSON output (`--format json`); lines and columns are 1-based. */
export interface NuMessage {
	/** `non-document-error` is the checker failing to read a file, never the file's fault. */
	type: 'error' | 'info' | 'non-document-error';
	/** The checked file, as a `file:` URL. */
	url?: string;
	message: string;
	/** Where the reported markup starts; `firstLine` is left out when it is `lastLine`. */
	firstLine?: number;
	firstColumn?: number;
	/** Where it ends (inclusive). */
	lastLine?: number;
	lastColumn?: number;
	/** The reported markup with a little context, when the checker gives one. */
	extract?: string;
}

/**
 * Checks `files` in one run of the checker (one JVM start for the whole site): errors only, as
 * JSON. Throws when the checker prints no report, with what Java said.
 */
export function runNuChecker(java: string, files: string[]): NuMessage[] {
	const result = spawnSync(
		java,
		['-jar', VNU_JAR, '--format', 'json', '--errors-only', '--stdout', ...files],
		{ encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
	);
	if (result.error) throw result.error;
	try {
		return (JSON.parse(result.stdout) as { messages: NuMessage[] }).messages;
	} catch {
		const version = spawnSync(java, ['-version'], { encoding: 'utf8' }).stderr.trim();
		throw new Error(
			`vnu.jar printed no report (exit code ${result.status}). It needs Java 17 or later; ` +
				`${java} is:\n${version}\n${result.stderr}`,
		);
	}
}

/** The checked file of a message, as a path relative to `root`. */
export function messageFile(message: NuMessage, root: string): string | undefined {
	return message.url ? relative(root, fileURLToPath(message.url)) : undefined;
}

/** A message as `dist/<file>:line:column: message`, the way compilers report. */
function formatMessage(message: NuMessage, root: string): string {
	const file = messageFile(message, root) ?? '(no file)';
	const line = message.firstLine ?? message.lastLine;
	const column = message.firstColumn ?? message.lastColumn;
	const at = line === undefined ? '' : `:${line}${column === undefined ? '' : `:${column}`}`;
	const kind = message.type === 'error' ? '' : `${message.type}: `;
	return `${file}${at}: ${kind}${message.message}`;
}

/** The failure report: how many errors, then one `file:line:column: message` line each. */
export function formatReport(messages: NuMessage[], root: string): string {
	const lines = messages.map((message) => formatMessage(message, root));
	return [`${messages.length} HTML error${messages.length === 1 ? '' : 's'}:`, ...lines].join('\n');
}
