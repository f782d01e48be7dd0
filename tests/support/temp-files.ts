import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dirs: string[] = [];

/** A new empty folder under the system temp folder, removed by `removeTempDirs()`. */
export async function makeTempDir(prefix: string): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
	dirs.push(dir);
	return dir;
}

/** Writes `value` as JSON to `name` in a new temp folder and returns the file's path. */
export async function writeTempJson(name: string, value: unknown): Promise<string> {
	const file = join(await makeTempDir(name.replace(/\W+/g, '-')), name);
	await writeFile(file, JSON.stringify(value, null, 2));
	return file;
}

/** Removes every folder made here; pass it to `after()` in each test file that uses them. */
export function removeTempDirs(): Promise<void[]> {
	return Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
