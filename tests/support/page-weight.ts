import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { basePath } from '../../src/lib/site-config.ts';

/** Bytes a reader downloads for one built page at load, raw and gzipped. */
export interface PageWeight {
	htmlBytes: number;
	htmlGzip: number;
	/** Linked stylesheets plus inline `<style>` elements (SVG diagrams' included). */
	cssBytes: number;
	cssGzip: number;
	/** Scripts loaded by tag or module preload, plus inline scripts. */
	jsBytes: number;
	jsGzip: number;
	scripts: number;
}

const inline = (html: string, tag: 'script' | 'style') =>
	[...html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map(
		(match) => Buffer.from(match[1]!),
	);

/** Measures a page in `dist/` (path relative to the site root, '' for the home page). */
export async function measurePage(dist: string, path: string): Promise<PageWeight> {
	const html = await readFile(join(dist, path, 'index.html'));
	const text = html.toString('utf8');
	const file = (href: string) =>
		readFile(join(dist, new URL(href, 'http://x/').pathname.slice(basePath().length)));
	const scriptSources = new Set(
		[
			...text.matchAll(
				/<script[^>]*\ssrc="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g,
			),
		].map((m) => (m[1] ?? m[2])!),
	);
	const styles = new Set(
		[...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
	);
	const sum = (buffers: Buffer[]) => ({
		bytes: buffers.reduce((total, b) => total + b.length, 0),
		gzip: buffers.reduce((total, b) => total + gzipSync(b).length, 0),
	});
	const js = sum([...(await Promise.all([...scriptSources].map(file))), ...inline(text, 'script')]);
	const css = sum([...(await Promise.all([...styles].map(file))), ...inline(text, 'style')]);
	return {
		htmlBytes: html.length,
		htmlGzip: gzipSync(html).length,
		cssBytes: css.bytes,
		cssGzip: css.gzip,
		jsBytes: js.bytes,
		jsGzip: js.gzip,
		scripts: scriptSources.size,
	};
}
