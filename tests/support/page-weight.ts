import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { basePath } from '../../src/lib/site-config.ts';
import { findElements, hasToken, parseHtml, readInnerSource } from './built-html.ts';

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

/** Measures a page in `dist/` (path relative to the site root, '' for the home page). */
export async function measurePage(dist: string, path: string): Promise<PageWeight> {
	const html = await readFile(join(dist, path, 'index.html'));
	const text = html.toString('utf8');
	const file = (href: string) =>
		readFile(join(dist, new URL(href, 'http://x/').pathname.slice(basePath().length)));
	const tree = parseHtml(text);
	/** `attribute` of every `tagName` element, of links only those whose `rel` holds `rel`. */
	const urls = (tagName: 'script' | 'link', attribute: 'src' | 'href', rel?: string) =>
		findElements(tree, tagName).flatMap((element) => {
			const url = element.properties[attribute];
			return typeof url === 'string' && (!rel || hasToken(element, 'rel', rel)) ? [url] : [];
		});
	const scriptSources = new Set([
		...urls('script', 'src'),
		...urls('link', 'href', 'modulepreload'),
	]);
	const styles = new Set(urls('link', 'href', 'stylesheet'));
	/** Inline scripts and `<style>` elements, as many bytes as they take in the page. */
	const inline = (tagName: 'script' | 'style') =>
		findElements(tree, tagName)
			.filter((element) => element.properties['src'] === undefined)
			.map((element) => Buffer.from(readInnerSource(element, text)));
	const sum = (buffers: Buffer[]) => ({
		bytes: buffers.reduce((total, b) => total + b.length, 0),
		gzip: buffers.reduce((total, b) => total + gzipSync(b).length, 0),
	});
	const js = sum([...(await Promise.all([...scriptSources].map(file))), ...inline('script')]);
	const css = sum([...(await Promise.all([...styles].map(file))), ...inline('style')]);
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
