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

/** A page's card to draw: its text, and where its `og:image` says the PNG goes. */
export interface CardJob {
	/** The page's path under `root`. */
	entry: string;
	card: CardText;
	/** The PNG's path under `root`. */
	image: string;
}

/**
 * Reads the card of each of `paths` (HTML files under `root`) from the page's head: its title,
 * description and `og:image`. A redirect page (/go/…) gets no card; a page without an `og:image` is
 * reported, as `<page path>: no og:image`, in path order.
 */
export async function readCards(
	root: string,
	paths: readonly string[],
): Promise<{ jobs: CardJob[]; problems: string[] }> {
	const jobs: CardJob[] = [];
	const problems: string[] = [];
	for (const entry of paths) {
		const tree = await readHead(root, entry);
		// Redirect pages (/go/…/) are not pages a reader shares.
		if (select('meta[http-equiv="refresh"]', tree)) continue;
		const image = meta(tree, 'og:image');
		if (!image) {
			problems.push(`${entry}: no og:image`);
			continue;
		}
		const path = new URL(image).pathname;
		jobs.push({
			entry,
			card: {
				title: meta(tree, 'og:title') ?? '',
				topic: meta(tree, 'og:description') ?? '',
				site: 'AWS Security Notes',
			},
			image: path.slice(path.indexOf('/og/') + 1),
		});
	}
	return { jobs, problems: problems.sort() };
}

/**
 * Draws each job's 1200×630 card to its image path under `root`, from the card cache (`cacheDir`)
 * when it holds that card. Two pages at a time: resvg draws a card's pixels off the calling thread
 * (renderCard), so while it does, this thread lays out the next card. A card that cannot be drawn
 * as written (a character the card font lacks) is reported.
 */
export async function drawCards(
	root: string,
	jobs: readonly CardJob[],
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
	const cardFor = async ({ entry, card, image }: CardJob) => {
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
		await mkdir(join(root, dirname(image)), { recursive: true });
		await copyFile(cached, join(root, image));
	};
	let next = 0;
	await Promise.all(
		Array.from({ length: 2 }, async () => {
			while (next < jobs.length) await cardFor(jobs[next++]!);
		}),
	);
	// Lanes finish in any order: the report lists pages in path order.
	problems.sort();
	return { rendered, problems };
}
