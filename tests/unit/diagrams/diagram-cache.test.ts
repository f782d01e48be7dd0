import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { after, describe, test } from 'node:test';
import { withDiagramCache } from '../../../src/features/diagrams/diagram-cache.ts';
import type { DiagramRequest, SvgRenderer } from '../../../src/features/diagrams/diagram-types.ts';
import { makeTempDir, removeTempDirs } from '../../support/temp-files.ts';

after(removeTempDirs);

async function setup(salt = 'mermaid@11') {
	const dir = await makeTempDir('diagram-cache');
	const calls: DiagramRequest[][] = [];
	const render: SvgRenderer = async (requests) => {
		calls.push(requests);
		return requests.map((r) =>
			r.source === 'bad'
				? { error: 'Parse error' }
				: { svg: `<svg>${r.theme}</svg>`, width: 10, height: 5 },
		);
	};
	const stats = { hits: 0, rendered: 0 };
	const cached = (s = salt) => withDiagramCache(render, { dir, salt: () => s, stats });
	return { dir, calls, stats, cached };
}

const light: DiagramRequest = { source: 'flowchart LR\n A-->B', theme: 'light', id: 'dgm-1-light' };
const dark: DiagramRequest = { ...light, theme: 'dark', id: 'dgm-1-dark' };

describe('withDiagramCache', () => {
	test('renders only what it has never seen, and a rebuild renders nothing', async () => {
		const { calls, stats, cached } = await setup();
		const first = await cached()([light, dark]);
		const second = await cached()([light, dark]);
		assert.equal(calls.length, 1);
		assert.deepEqual(second, first);
		assert.deepEqual(stats, { hits: 2, rendered: 2 });
	});

	test('gives each theme and each source its own key', async () => {
		const { cached } = await setup();
		const results = await cached()([light, dark, { ...light, source: 'flowchart TB\n A-->B' }]);
		const keys = results.map((r) => ('key' in r ? r.key : ''));
		assert.equal(new Set(keys).size, 3);
	});

	test('renders again when the salt (Mermaid version or theme config) changes', async () => {
		const { calls, cached } = await setup();
		await cached('mermaid@11.1')([light]);
		await cached('mermaid@11.2')([light]);
		assert.equal(calls.length, 2);
	});

	test('passes errors through and never caches them', async () => {
		const { dir, calls, cached } = await setup();
		const bad = { ...light, source: 'bad' };
		assert.deepEqual(await cached()([bad]), [{ error: 'Parse error' }]);
		await cached()([bad]);
		assert.equal(calls.length, 2);
		assert.deepEqual(await readdir(dir).catch(() => []), []);
	});
});
