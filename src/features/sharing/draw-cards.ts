import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { writeCacheFile } from '../../lib/build-cache.ts';
import { CardError, cardKey, renderCard, type CardText } from './social-card-template.ts';

/** What drawing the cards of a build came to. */
export interface CardsDrawn {
	/** Cards drawn (the others came from the cache). */
	rendered: number;
	/** `<page path>: <why>` for each page whose card could not be made, in path order. */
	problems: string[];
}

/** The `content` of a page's `<meta property|name="…">`, as text (entities decoded by the parser). */
function meta(tree: Root, key: string): string | undefined {
	const element = select(`meta[property="${key}"]`, tree) ?? select(`meta[name="${key}"]`, tree);
	const content = element?.properties['content'];
	return typeof content === 'string' ? content : undefined;
}

/** A built page's `<head>`, parsed: all a card needs, without parsing the page's body. */
async function readHead(root: string, path: string): Promise<Root> {
	const html = await readFile(join(root, path), 'utf8');
	const end = html.indexOf('</head>');
	return fromHtml(end === -1 ? html : html.slice(0, end));
}

/**
 * Draws a 1200×630 social card for each of `paths` (HTML files under `root`) to the path its
 * `og:image` names, from the card cache (`cacheDir`) when it holds that card. Two pages at a time:
 * resvg draws a card's pixels off the calling thread (renderCard), so while it does, this thread
 * lays out the next card. A redirect page (/go/…) gets no card; a page without an `og:image`, or
 * whose card cannot be drawn as written (a character the card font lacks), is reported.
 */
export async function drawCards(
	root: string,
	paths: readonly string[],
	cacheDir: string,
): Promise<CardsDrawn> {
	let rendered = 0;
	const problems: string[] = [];
	await mkdir(cacheDir, { recursive: true });
	// Pages that share a card (the same title and description) wait for one drawing of it, so it is
	// counted once and its cache file is not written twice at the same time. Each resolves to why
	// the card could not be drawn, if it could not.
	const drawing = new Map<string, Promise<string | undefined>>();
	const draw = async (card: CardText, cached: string) => {
		try {
			await writeCacheFile(cached, await renderCard(card));
		} catch (error) {
			if (!(error instanceof CardError)) throw error;
			return error.message;
		}
		rendered++;
		return undefined;
	};
	const cardFor = async (entry: string) => {
		const tree = await readHead(root, entry);
		// Redirect pages (/go/…/) are not pages a reader shares.
		if (select('meta[http-equiv="refresh"]', tree)) return;
		const image = meta(tree, 'og:image');
		if (!image) {
			problems.push(`${entry}: no og:image`);
			return;
		}
		const path = new URL(image).pathname;
		const relativePath = path.slice(path.indexOf('/og/') + 1);
		const card = {
			title: meta(tree, 'og:title') ?? '',
			topic: meta(tree, 'og:description') ?? '',
			site: 'AWS Security Notes',
		};
		const cached = join(cacheDir, `${cardKey(card)}.png`);
		let drawn = drawing.get(cached);
		if (!drawn) {
			drawn = existsSync(cached) ? Promise.resolve(undefined) : draw(card, cached);
			drawing.set(cached, drawn);
		}
		const problem = await drawn;
		if (problem) {
			problems.push(`${entry}: ${problem}`);
			return;
		}
		await mkdir(join(root, dirname(relativePath)), { recursive: true });
		await copyFile(cached, join(root, relativePath));
	};
	let next = 0;
	await Promise.all(
		Array.from({ length: 2 }, async () => {
			while (next < paths.length) await cardFor(paths[next++]!);
		}),
	);
	// Lanes finish in any order: the report lists pages in path order.
	problems.sort();
	return { rendered, problems };
}
