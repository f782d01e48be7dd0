import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { generateSW } from 'workbox-build';
import { MANIFEST, PRECACHE, SERVICE_WORKER } from './offline-files.ts';
import { THEME_COLORS } from './theme-colors.ts';

/** How Workbox words the warning for a glob pattern that matched no file. */
const EMPTY_PATTERN = /glob patterns? doesn't match any files/;

/** The icons the manifest names, drawn from public/favicon.svg. */
const ICONS = [
	{ file: 'icons/icon-192.png', size: 192, purpose: 'any' },
	{ file: 'icons/icon-512.png', size: 512, purpose: 'any' },
	// Launchers crop maskable icons to a circle or squircle: the shield sits inside the middle 80%.
	{ file: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
	// iOS shows no transparency on the home screen, so this one has the light background too.
	{ file: 'icons/apple-touch-icon.png', size: 180, purpose: 'apple' },
] as const;

/** `favicon` drawn `size` pixels square; maskable and Apple icons on a background, with a margin. */
function drawIcon(favicon: string, size: number, purpose: (typeof ICONS)[number]['purpose']) {
	const padded = purpose !== 'any';
	const inner = padded ? Math.round(size * 0.6) : size;
	const offset = (size - inner) / 2;
	const icon = `data:image/svg+xml;base64,${Buffer.from(favicon).toString('base64')}`;
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">${
		padded ? `<rect width="100%" height="100%" fill="${THEME_COLORS.light.background}"/>` : ''
	}<image href="${icon}" x="${offset}" y="${offset}" width="${inner}" height="${inner}"/></svg>`;
	return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}

/**
 * Makes the site installable and readable offline, after the build: draws the icons, writes the
 * web app manifest, and generates the service worker with Workbox (generateSW), which precaches
 * the files offline-files.ts lists. Runs after every step that writes HTML, pages, diagrams or
 * Markdown twins, so that the precache holds the files as served. The worker serves precached
 * files first; a new deploy's worker waits, and the page offers "Updated: reload"
 * (register-service-worker.client.ts). A file Workbox leaves out fails the build.
 */
export function offline({ name, shortName, description }: OfflineOptions): AstroIntegration {
	return {
		name: 'asn:offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const favicon = await readFile(join(root, 'favicon.svg'), 'utf8');
				await mkdir(join(root, 'icons'), { recursive: true });
				for (const { file, size, purpose } of ICONS)
					await writeFile(join(root, file), drawIcon(favicon, size, purpose));
				const manifest = {
					name,
					short_name: shortName,
					description,
					lang: 'en',
					// Relative to the manifest, so the site works under any base path.
					id: './',
					start_url: './',
					scope: './',
					display: 'standalone',
					background_color: THEME_COLORS.light.background,
					theme_color: THEME_COLORS.light.bar,
					icons: ICONS.filter((icon) => icon.purpose !== 'apple').map((icon) => ({
						src: icon.file,
						sizes: `${icon.size}x${icon.size}`,
						type: 'image/png',
						purpose: icon.purpose,
					})),
				};
				await writeFile(join(root, MANIFEST), `${JSON.stringify(manifest, null, '\t')}\n`);

				const { count, size, warnings } = await generateSW({
					...PRECACHE,
					globDirectory: root,
					swDest: join(root, SERVICE_WORKER),
					// One file, so the worker needs no importScripts and no second request.
					inlineWorkboxRuntime: true,
					mode: 'production',
					sourcemap: false,
					// Pagefind asks for pagefind-entry.json?ts=…; the precached copy answers it.
					ignoreURLParametersMatching: [/./],
					// The first visit's page is served by the worker as soon as it is installed.
					clientsClaim: true,
					// A new deploy's worker waits until the reader reloads: no page changes under them.
					skipWaiting: false,
					cleanupOutdatedCaches: true,
				});
				// A pattern that matches nothing is no loss (a site without diagrams has no _diagrams/);
				// anything else Workbox warns about is a file left out.
				const problems = warnings.filter((warning) => !EMPTY_PATTERN.test(warning));
				if (problems.length > 0)
					throw new AstroError(
						`The service worker would not precache everything:\n${problems.join('\n')}`,
						'See PRECACHE in src/features/offline/offline-files.ts: a file may be larger than maximumFileSizeToCacheInBytes.',
					);
				logger.info(
					`${SERVICE_WORKER}: ${count} files precached, ${(size / 1024 / 1024).toFixed(2)} MiB`,
				);
			},
		},
	};
}

interface OfflineOptions {
	name: string;
	shortName: string;
	description: string;
}
