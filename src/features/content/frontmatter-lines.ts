import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';

/**
 * Line (1-based) of a top-level frontmatter field in a page's source, or 1, the opening `---`,
 * when the field is not written.
 */
export function frontmatterLine(source: string, field: string): number {
	const lines = source.split(/\r?\n/);
	if (lines[0]?.trim() !== '---') return 1;
	for (let i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
		const key = lines[i]!.match(/^([^\s:#][^:]*?)\s*:(\s|$)/)?.[1]?.replace(/^(['"])(.*)\1$/, '$2');
		if (key === field) return i + 1;
	}
	return 1;
}

/** One issue line of Astro's InvalidContentEntryDataError: `  **path**: message`. */
const ISSUE = /^ {2}\*\*([^*]+)\*\*: (.*)$/;

/**
 * Astro's schema error for a page, one issue a line as `file:line:column: field: message`, where the
 * line is the field's in the frontmatter; `undefined` when the message is not in Astro's format.
 */
export function locateFrontmatterIssues(
	message: string,
	file: string,
	source: string,
): string[] | undefined {
	const issues: Array<[path: string, text: string]> = [];
	for (const line of message.split('\n')) {
		const match = line.match(ISSUE);
		if (match) issues.push([match[1]!, match[2]!]);
		// Some messages go on over more lines (`> Expected type …` under a union's).
		else if (issues.length > 0 && line.trim()) issues.at(-1)![1] += ` ${line.trim()}`;
	}
	if (issues.length === 0) return undefined;
	return issues.map(([path, text]) => {
		// Astro's error map starts some messages with the path again.
		const reason = text.startsWith(`**${path}**: `) ? text.slice(path.length + 6) : text;
		const line = frontmatterLine(source, path.split('.')[0]!);
		return `${file}:${line}:1: ${path}: ${reason}`;
	});
}

/** The error Astro throws when an entry's data does not match its collection's schema. */
interface SchemaError extends Error {
	hint?: string;
	setLocation(location: { file: string; line: number; column: number }): void;
}

const isSchemaError = (error: unknown): error is SchemaError =>
	error instanceof Error &&
	error.name === 'InvalidContentEntryDataError' &&
	typeof (error as Partial<SchemaError>).setLocation === 'function';

/**
 * Makes a content loader's schema errors name the line of the field at fault. Astro's content
 * layer reports them at `file:0:0`: it passes no raw frontmatter to its line finder
 * (`rawData: void 0` in `astro/dist/content/content-layer.js`).
 */
export function withFrontmatterLines(loader: Loader): Loader {
	return {
		...loader,
		load: (context) =>
			loader.load({
				...context,
				parseData: async (props) => {
					try {
						return await context.parseData(props);
					} catch (error) {
						// Astro's internal AstroError, which `astro/errors` does not export.
						if (!isSchemaError(error) || !props.filePath) throw error;
						const file = relative(process.cwd(), props.filePath);
						const source = readFileSync(props.filePath, 'utf8');
						const located = locateFrontmatterIssues(error.message, file, source);
						if (!located) throw error;
						const line = Number(located[0]!.split(':')[1]);
						error.message = `The frontmatter of ${file} does not match the schema:\n${located.join('\n')}`;
						error.setLocation({ file: props.filePath, line, column: 1 });
						error.hint =
							'Fix each field at the line named. Our fields are described in src/features/content/page-frontmatter.ts, Starlight’s at https://starlight.astro.build/reference/frontmatter/.';
						throw error;
					}
				},
			}),
	};
}
