import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { Root } from 'hast';
import { select } from 'hast-util-select';
import type { Browser, Page } from 'playwright-core';
import { buildCacheDir, writeCacheFile } from '../../lib/build-cache.ts';
import { builtPages } from '../../lib/built-pages.ts';
import { launchChromium } from '../../lib/chromium.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardHtml, cardKey } from './social-card-template.ts';

const CARD_CACHE_DIR = buildCacheDir('cards');

/** The `content` of a page's `<meta property|name="…">`, as text (entities decoded by the parser). */
function meta(tree: Root, key: string): string | undefined {
	const element = select(`meta[property="${key}"]`, tree) ?? select(`meta[name="${key}"]`, tree);
	const content = element?.properties['content'];
	return typeof content === 'string' ? content : undefined;
}

/**
 * Renders a 1200×630 social card for every page after the build, in the project's Chromium, to the
 * path its `og:image` names. Cards are cached by content, so a rebuild starts no browser. A page
 * without an `og:image`, or a card that could not be written, fails the build.
 */
export function socialCards(): AstroIntegration {
	return {
		name: 'asn:social-cards',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let browser: Browser | undefined;
				let page: Page | undefined;
				let rendered = 0;
				const problems: string[] = [];
				await mkdir(CARD_CACHE_DIR, { recursive: true });
				try {
					for (const { path: entry, tree } of await builtPages(root)) {
						// Redirect pages (/go/…/) are not pages a reader shares.
						if (select('meta[http-equiv="refresh"]', tree)) continue;
						const image = meta(tree, 'og:image');
						if (!image) {
							problems.push(`${entry}: no og:image`);
							continue;
						}
						const path = new URL(image).pathname;
						const relativePath = path.slice(path.indexOf('/og/') + 1);
						const card = cardHtml({
							title: meta(tree, 'og:title') ?? '',
							topic: meta(tree, 'og:description') ?? '',
							site: 'AWS Security Notes',
						});
						const cached = join(CARD_CACHE_DIR, `${cardKey(card)}.png`);
						if (!existsSync(cached)) {
							browser ??= await launchChromium();
							// One page for every card: opening a page per card took half of each card's time.
							page ??= await browser.newPage({
								viewport: { width: CARD_WIDTH, height: CARD_HEIGHT },
							});
							await page.setContent(card);
							await writeCacheFile(cached, await page.screenshot({ type: 'png' }));
							rendered++;
						}
						await mkdir(join(root, dirname(relativePath)), { recursive: true });
						await copyFile(cached, join(root, relativePath));
					}
				} finally {
					await browser?.close();
				}
				if (problems.length > 0)
					throw new AstroError(
						`Social cards are missing:\n${problems.join('\n')}`,
						'Every page needs <meta property="og:image">: src/features/sharing/Head.astro adds it to Starlight\'s head; check that the Head override is still set in astro.config.mjs.',
					);
				logger.info(`social cards: ${rendered} rendered, the rest from cache`);
			},
		},
	};
}
