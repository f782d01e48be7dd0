import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Browser, Page } from 'playwright-core';
import { readBuiltPages } from '../../lib/built-pages.ts';
import { CHROMIUM_ARGS, requireChromium } from '../../lib/chromium.ts';
import { DIAGRAM_CACHE_DIR } from '../diagrams/diagram-cache.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardHtml, cardKey } from './social-card-template.ts';

const CARD_CACHE_DIR = join(dirname(DIAGRAM_CACHE_DIR), 'cards');
const meta = (html: string, property: string) =>
	html.match(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`))?.[1];
const decode = (text: string) =>
	text
		.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

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
					for (const { path: entry, html } of await readBuiltPages(root)) {
						if (entry.startsWith('go/')) continue;
						if (/http-equiv="refresh"/.test(html)) continue;
						const image = meta(html, 'og:image');
						if (!image) {
							problems.push(`${entry}: no og:image`);
							continue;
						}
						const path = new URL(image).pathname;
						const relativePath = path.slice(path.indexOf('/og/') + 1);
						const card = cardHtml({
							title: decode(meta(html, 'og:title') ?? ''),
							topic: decode(meta(html, 'og:description') ?? ''),
							site: 'AWS Security Notes',
						});
						const cached = join(CARD_CACHE_DIR, `${cardKey(card)}.png`);
						if (!existsSync(cached)) {
							browser ??= await (
								await import('playwright-core')
							).chromium.launch({
								executablePath: (await requireChromium()).path,
								args: CHROMIUM_ARGS,
							});
							// One page for every card: opening a page per card took half of each card's time.
							page ??= await browser.newPage({
								viewport: { width: CARD_WIDTH, height: CARD_HEIGHT },
							});
							await page.setContent(card);
							await writeFile(cached, await page.screenshot({ type: 'png' }));
							rendered++;
						}
						await mkdir(join(root, dirname(relativePath)), { recursive: true });
						await copyFile(cached, join(root, relativePath));
					}
				} finally {
					await browser?.close();
				}
				if (problems.length > 0)
					throw new Error(`Social cards are missing:\n${problems.join('\n')}`);
				logger.info(`social cards: ${rendered} rendered, the rest from cache`);
			},
		},
	};
}
