import { createHash } from 'node:crypto';
import { withTrailingSlash } from '../../lib/urls.ts';
import { toHtml } from 'hast-util-to-html';

/** Text escaped for HTML, by the serializer the site's HTML goes through. */
const escapeHtml = (value: string) => toHtml({ type: 'text', value });

/** Card size for Open Graph and Twitter/X large-image previews. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** URL path of a page's card: `<base>og/<slug>.png` (`index` for home). */
export function cardPath(base: string, id: string): string {
	return `${withTrailingSlash(base)}og/${id || 'index'}.png`;
}

/** The card as a standalone HTML page, screenshotted at 1200×630 by the build. */
export function cardHtml(card: { title: string; topic: string; site: string }): string {
	return `<!doctype html><html><head><meta charset="utf-8"><style>
	* { margin: 0; box-sizing: border-box; }
	body { width: ${CARD_WIDTH}px; height: ${CARD_HEIGHT}px; display: flex; flex-direction: column; justify-content: space-between;
		padding: 72px 80px; background: linear-gradient(135deg, #17181c 0%, #23262f 60%, #3b2410 100%); color: #fff;
		font-family: "Liberation Sans", Arial, Helvetica, sans-serif; }
	.site { display: flex; align-items: center; gap: 20px; font-size: 34px; font-weight: 700; color: #fbd5b4; }
	.site svg { width: 56px; height: 56px; }
	h1 { font-size: ${card.title.length > 40 ? 64 : 80}px; line-height: 1.1; font-weight: 700; max-width: 1000px; }
	.topic { margin-top: 28px; font-size: 30px; line-height: 1.35; color: #d4d7dd; max-width: 1000px; }
	.bar { height: 10px; width: 220px; background: #d86613; border-radius: 5px; }
	</style></head><body>
	<div class="site"><svg viewBox="0 0 32 32"><path fill="#d86613" d="M16 2 4 6.5v8.2c0 7.3 5.1 13.6 12 15.3 6.9-1.7 12-8 12-15.3V6.5L16 2Z"/><path fill="#fff" d="M14.5 20.6 9.9 16l1.8-1.8 2.8 2.8 6.8-6.8 1.8 1.8-8.6 8.6Z"/></svg>${escapeHtml(card.site)}</div>
	<div><h1>${escapeHtml(card.title)}</h1><p class="topic">${escapeHtml(card.topic)}</p></div>
	<div class="bar"></div>
	</body></html>`;
}

/** Content key of a card, so unchanged cards are not rendered again. */
export function cardKey(html: string): string {
	return createHash('sha256').update(html).digest('hex').slice(0, 20);
}
