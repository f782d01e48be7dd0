import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes a reader downloads for one built page, raw and gzipped. */
export interface PageWeight {
	htmlBytes: number;
	htmlGzip: number;
	jsBytes: number;
	jsGzip: number;
	scripts: number;
}

/** Measures a page in `dist/`: its HTML and every script it loads by tag or module preload. */
export async function measurePage(dist: string, path: string): Promise<PageWeight> {
	const html = await readFile(join(dist, path, 'index.html'));
	const text = html.toString('utf8');
	const sources = new Set(
		[
			...text.matchAll(
				/<script[^>]*\ssrc="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g,
			),
		].map((match) => (match[1] ?? match[2])!),
	);
	let jsBytes = 0;
	let jsGzip = 0;
	for (const source of sources) {
		const file = await readFile(join(dist, new URL(source, 'http://x/').pathname));
		jsBytes += file.length;
		jsGzip += gzipSync(file).length;
	}
	// Inline scripts count too.
	for (const [, body] of text.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
		jsBytes += Buffer.byteLength(body!);
		jsGzip += gzipSync(body!).length;
	}
	return {
		htmlBytes: html.length,
		htmlGzip: gzipSync(html).length,
		jsBytes,
		jsGzip,
		scripts: sources.size,
	};
}
