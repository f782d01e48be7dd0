import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { withTrailingSlash } from '../../lib/urls.ts';

/** Card size for Open Graph and Twitter/X large-image previews. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card shows. */
export interface CardText {
	title: string;
	topic: string;
	site: string;
}

/** URL path of a page's card: `<base>og/<slug>.png` (`index` for home). */
export function cardPath(base: string, id: string): string {
	return `${withTrailingSlash(base)}og/${id || 'index'}.png`;
}

const require = createRequire(import.meta.url);

/**
 * The card's typeface: DejaVu Sans, the face the cards were drawn in when a browser drew them,
 * from its npm package (no network at build time). Satori reads WOFF, not WOFF2.
 */
const fontFiles = () =>
	[
		{
			weight: 400,
			path: require.resolve('@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff'),
		},
		{
			weight: 700,
			path: require.resolve('@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff'),
		},
	] as const;

let fonts: Font[] | undefined;
const loadFonts = (): Font[] =>
	(fonts ??= fontFiles().map(({ weight, path }) => ({
		name: 'DejaVu Sans',
		data: readFileSync(path),
		weight,
		style: 'normal',
	})));

/** The shield mark beside the site name, as in the favicon. */
const LOGO = `data:image/svg+xml,${encodeURIComponent(
	'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path fill="#d86613" d="M16 2 4 6.5v8.2c0 7.3 5.1 13.6 12 15.3 6.9-1.7 12-8 12-15.3V6.5L16 2Z"/><path fill="#fff" d="M14.5 20.6 9.9 16l1.8-1.8 2.8 2.8 6.8-6.8 1.8 1.8-8.6 8.6Z"/></svg>',
)}`;

/** An element as satori takes it: a type, a style and children, as React would make them. */
interface CardNode {
	type: string;
	props: {
		style?: Record<string, string | number>;
		children?: Array<CardNode | string> | CardNode | string;
		src?: string;
		width?: number;
		height?: number;
	};
}

const div = (
	style: Record<string, string | number>,
	children: Array<CardNode | string> | string,
): CardNode => ({ type: 'div', props: { style, children } });

/**
 * The card: the site's mark and name at the top, the page's title and description, and an orange
 * bar, on a dark gradient.
 */
function cardTree(card: CardText): CardNode {
	return div(
		{
			width: '100%',
			height: '100%',
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '72px 80px',
			backgroundImage: 'linear-gradient(135deg, #17181c 0%, #23262f 60%, #3b2410 100%)',
			color: '#ffffff',
			fontFamily: 'DejaVu Sans',
		},
		[
			div(
				{ display: 'flex', alignItems: 'center', fontSize: 34, fontWeight: 700, color: '#fbd5b4' },
				[
					{ type: 'img', props: { src: LOGO, width: 56, height: 56, style: { marginRight: 20 } } },
					card.site,
				],
			),
			div({ display: 'flex', flexDirection: 'column' }, [
				div(
					{
						fontSize: card.title.length > 40 ? 64 : 80,
						lineHeight: 1.1,
						fontWeight: 700,
						maxWidth: 1000,
					},
					card.title,
				),
				div(
					{ marginTop: 28, fontSize: 30, lineHeight: 1.35, color: '#d4d7dd', maxWidth: 1000 },
					card.topic,
				),
			]),
			div(
				{ display: 'flex', height: 10, width: 220, backgroundColor: '#d86613', borderRadius: 5 },
				[],
			),
		],
	);
}

/** A card that could not be drawn as written: a character no card font has, or a bad style. */
export class CardError extends Error {}

/**
 * Draws the card as a 1200×630 PNG, without a browser: satori lays it out as an SVG (text as
 * paths), resvg rasterizes it. A character the card's font lacks fails, rather than vanishing.
 */
export async function renderCard(card: CardText): Promise<Uint8Array> {
	const missing = new Set<string>();
	const problems: string[] = [];
	const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts: loadFonts(),
		loadAdditionalAsset: async (_language, segment) => {
			missing.add(segment);
			return [];
		},
		onStyleError: (error) => problems.push(error.message),
	});
	if (missing.size > 0)
		problems.push(
			`no glyph in the card font (DejaVu Sans, Latin) for ${[...missing].map((s) => JSON.stringify(s)).join(', ')}`,
		);
	if (problems.length > 0) throw new CardError(problems.join('; '));
	// Off the main thread (libuv's pool), so the next card's layout runs beside this one's pixels.
	const png = (
		await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })
	).asPng();
	return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

let renderer: string | undefined;
/**
 * What else decides a card's pixels: the renderers' versions, the fonts and this template's
 * source. Read on the first card, not on import.
 */
const rendererKey = (): string =>
	(renderer ??= JSON.stringify({
		satori: require('satori/package.json').version,
		resvg: require('@resvg/resvg-js/package.json').version,
		fonts: fontFiles().map(({ path }) =>
			createHash('sha256').update(readFileSync(path)).digest('hex'),
		),
		template: createHash('sha256')
			.update(readFileSync(fileURLToPath(import.meta.url)))
			.digest('hex'),
	}));

/** Content key of a card, so unchanged cards are not drawn again. */
export function cardKey(card: CardText): string {
	return createHash('sha256')
		.update(rendererKey())
		.update(JSON.stringify(card))
		.digest('hex')
		.slice(0, 20);
}
