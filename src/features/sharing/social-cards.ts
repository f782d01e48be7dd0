import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { Root } from 'hast';
import { select } from 'hast-util-select';
import { buildCacheDir, writeCacheFile } from '../../lib/build-cache.ts';
import { builtPages, type BuiltPage } from '../../lib/built-pages.ts';
import { CardError, cardKey, renderCard, type CardText } from './social-card-template.ts';

const CARD_CACHE_DIR = buildCacheDir('cards');

/** The `content` of a page's `<meta property|name="…">`, as text (entities decoded by the parser). */
function meta(tree: Root, key: string): string | undefined {
	const element = select(`meta[property="${key}"]`, tree) ?? select(`meta[name="${key}"]`, tree);
	const content = element?.properties['content'];
	return typeof content === 'string' ? content : undefined;
}

/**
 * Draws a 1200×630 social card for every page after the build, without a browser (satori and
 * resvg, social-card-template.ts), to the path its `og:image` names, as many at a time as there
 * are cores. Cards are cached by content, so a rebuild draws only the changed ones. A page without
 * an `og:image`, or a card that cannot be drawn as written (a character the card font lacks),
 * fails the build and names the page.
 */
export function socialCards(): AstroIntegration {
	return {
		name: 'asn:social-cards',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let rendered = 0;
				const problems: string[] = [];
				await mkdir(CARD_CACHE_DIR, { recursive: true });
				// Pages that share a card (the same title and description) wait for one drawing of it, so
				// it is counted once and its cache file is not written twice at the same time. Each
				// resolves to why the card could not be drawn, if it could not.
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
				const cardFor = async ({ path: entry, tree }: BuiltPage) => {
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
					const cached = join(CARD_CACHE_DIR, `${cardKey(card)}.png`);
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
				// As many pages at a time as there are cores: resvg draws a card's pixels off the main
				// thread (renderCard), so while it does, the main thread lays out the next card.
				const pages = await builtPages(root);
				let next = 0;
				await Promise.all(
					Array.from({ length: availableParallelism() }, async () => {
						while (next < pages.length) await cardFor(pages[next++]!);
					}),
				);
				// Lanes finish in any order: the report lists pages in path order.
				problems.sort();
				if (problems.length > 0)
					throw new AstroError(
						`Social cards could not be made:\n${problems.join('\n')}`,
						"Every page needs <meta property=\"og:image\">: src/features/sharing/Head.astro adds it to Starlight's head (check that the Head override is still set in astro.config.mjs). A card's title and description must use characters the card font has (DejaVu Sans, Latin): change the page's title or description.",
					);
				logger.info(`social cards: ${rendered} rendered, the rest from cache`);
			},
		},
	};
}
