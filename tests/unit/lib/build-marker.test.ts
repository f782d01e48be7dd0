import assert from 'node:assert/strict';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { BUILD_MARKER, staleBuildReason } from '../../../src/lib/build-marker.ts';
import { makeTempDir, removeTempDirs } from '../../support/temp-files.ts';

after(removeTempDirs);

/** A project with one source file and, if asked, a built dist/ with its marker. */
async function project(options: { marker: boolean; sourceAge: number; markerAge: number }) {
	const root = await makeTempDir('build-marker');
	const now = Date.now() / 1000;
	await mkdir(join(root, 'src'), { recursive: true });
	await mkdir(join(root, 'dist'), { recursive: true });
	await writeFile(join(root, 'src/page.mdx'), '# Page\n');
	await utimes(join(root, 'src/page.mdx'), now - options.sourceAge, now - options.sourceAge);
	await writeFile(join(root, 'dist/index.html'), '<!doctype html>');
	if (options.marker) {
		await writeFile(join(root, 'dist', BUILD_MARKER), 'done\n');
		await utimes(
			join(root, 'dist', BUILD_MARKER),
			now - options.markerAge,
			now - options.markerAge,
		);
	}
	return root;
}

describe('staleBuildReason', () => {
	test('accepts a build newer than every source', async () => {
		assert.equal(
			staleBuildReason(await project({ marker: true, sourceAge: 60, markerAge: 10 })),
			undefined,
		);
	});

	test('refuses a dist/ that a failed build left without its marker', async () => {
		assert.match(
			staleBuildReason(await project({ marker: false, sourceAge: 60, markerAge: 0 })) ?? '',
			/a build failed before it finished: run `npm run build` first/,
		);
	});

	test('names the source that changed after the build', async () => {
		assert.equal(
			staleBuildReason(await project({ marker: true, sourceAge: 10, markerAge: 60 })),
			'dist/ is older than src/page.mdx: run `npm run build` first.',
		);
	});
});
