import { readFile } from 'node:fs/promises';
import type { Element } from 'hast';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { basePath } from '../../src/lib/site-config.ts';
import { findElements, hasToken, parseHtml, readInnerSource } from './built-html.ts';

/** Bytes a reader downloads for one built page at load, raw and gzipped. */
export interface PageWeight {
	/** The whole document. */
	htmlBytes: number;
	/** The document without its critical CSS (the `<style>`s in `<head>`), gzipped. */
	htmlGzip: number;
	/** The critical CSS inlined in `<head>`, gzipped. */
	criticalCssGzip: number;
	/** Linked stylesheets plus inline `<style>` elements in `<body>` (SVG diagrams'). */
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
	const [head] = findElements(tree, 'head');
	const [body] = findElements(tree, 'body');
	/** Inline scripts and `<style>` elements, as many bytes as they take in the page. */
	const inline = (tagName: 'script' | 'style', within: typeof tree | Element = tree) =>
		findElements(within, tagName)
			.filter((element) => element.properties['src'] === undefined)
			.map((element) => Buffer.from(readInnerSource(element, text)));
	const sum = (buffers: Buffer[]) => ({
		bytes: buffers.reduce((total, b) => total + b.length, 0),
		gzip: buffers.reduce((total, b) => total + gzipSync(b).length, 0),
	});
	const js = sum([...(await Promise.all([...scriptSources].map(file))), ...inline('script')]);
	const css = sum([...(await Promise.all([...styles].map(file))), ...inline('style', body!)]);
	const critical = inline('style', head!);
	const markup = critical.reduce((rest, style) => rest.replace(style.toString('utf8'), ''), text);
	return {
		htmlBytes: html.length,
		htmlGzip: gzipSync(markup).length,
		criticalCssGzip: sum(critical).gzip,
		cssBytes: css.bytes,
		cssGzip: css.gzip,
		jsBytes: js.bytes,
		jsGzip: js.gzip,
		scripts: scriptSources.size,
	};
}
