import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test, type TestContext } from 'node:test';
import { AstroError } from 'astro/errors';
import { buildCacheDir } from '../../../src/lib/build-cache.ts';
import { cardKey } from '../../../src/features/sharing/social-card-template.ts';
import { socialCards } from '../../../src/features/sharing/social-cards.ts';

const site = 'AWS Security Notes';

/** A built page with the meta tags Starlight and Head.astro write. */
const page = (title: string, topic: string, image?: string) =>
	`<!doctype html><html><head><meta property="og:title" content="${title}"><meta property="og:description" content="${topic}">${image ? `<meta property="og:image" content="https://example.com/og/${image}.png">` : ''}</head><body></body></html>`;

/** A build output folder holding `pages` (path → HTML), removed when the test ends. */
async function builtSite(t: TestContext, pages: Record<string, string>): Promise<string> {
	const dist = await mkdtemp(join(tmpdir(), 'asn-cards-'));
	t.after(() => rm(dist, { recursive: true, force: true }));
	for (const [path, html] of Object.entries(pages)) {
		await mkdir(dirname(join(dist, path)), { recursive: true });
		await writeFile(join(dist, path), html);
	}
	return dist;
}

/** Runs the after-build step on `dist` (its start, then its end); returns what it logged. */
async function drawCards(dist: string): Promise<string[]> {
	const logs: string[] = [];
	const logger = { info: (message: string) => logs.push(message) };
	for (const integration of socialCards())
		await integration.hooks['astro:build:done']!({
			dir: pathToFileURL(`${dist}/`),
			logger,
		} as never);
	return logs;
}

describe('the social cards step', () => {
	test('draws a card two pages share once, and copies it to both', async (t) => {
		// A title no other run has used, so the card is not in the shared cache yet.
		const card = { title: `Shared card ${process.pid} ${Date.now()}`, topic: 'One card.', site };
		const cached = join(buildCacheDir('cards'), `${cardKey(card)}.png`);
		t.after(() => rm(cached, { force: true }));
		const dist = await builtSite(t, {
			'a/index.html': page(card.title, card.topic, 'a'),
			'b/index.html': page(card.title, card.topic, 'b'),
			'go/a/index.html': '<meta http-equiv="refresh" content="0; url=../../a/">',
		});
		const logs = await drawCards(dist);
		assert.equal(logs.length, 1);
		assert.match(
			logs[0]!,
			/^social cards: 1 rendered, the rest from cache \(drawn in \d+\.\d s on a worker thread/,
		);
		const drawn = await readFile(cached);
		assert.deepEqual(await readFile(join(dist, 'og/a.png')), drawn);
		assert.deepEqual(await readFile(join(dist, 'og/b.png')), drawn);
	});

	test("reports every page's problem together, in path order", async (t) => {
		const dist = await builtSite(t, {
			'z/index.html': page('Zones', 'No image.'),
			'a/index.html': page('Compliance 合规', 'A glyph the font lacks.', 'a'),
			'm/index.html': page('Also 合规', 'The same problem.', 'm'),
		});
		await assert.rejects(drawCards(dist), (error: unknown) => {
			assert.ok(error instanceof AstroError);
			const lines = error.message.split('\n').slice(1);
			assert.deepEqual(
				lines.map((line) => line.slice(0, line.indexOf(':'))),
				['a/index.html', 'm/index.html', 'z/index.html'],
			);
			assert.match(lines[0]!, /no glyph in the card font .* for "合规"/);
			assert.match(lines[2]!, /no og:image/);
			return true;
		});
	});

	test('fails the build when its end runs without its start', async (t) => {
		const dist = await builtSite(t, { 'a/index.html': page('A', 'B', 'a') });
		const [, end] = socialCards();
		await assert.rejects(
			async () =>
				end.hooks['astro:build:done']!({
					dir: pathToFileURL(`${dist}/`),
					logger: { info: () => {} },
				} as never),
			/The social cards were never started/,
		);
	});
});
