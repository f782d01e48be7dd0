import type { GetManifestOptions } from 'workbox-build';

/** The service worker's file, at the site's root so that its scope is the whole site. */
export const SERVICE_WORKER = 'sw.js';
/** The web app manifest, linked from every page's head. */
export const MANIFEST = 'manifest.webmanifest';

/**
 * What a reader can open offline after one visit: every page, its Markdown twin, the styles,
 * scripts, diagrams, search (Pagefind's engine, index and the glossary's terms), the flashcard
 * export and the icons. Left out: social cards (og/), which only chat apps fetch; the /go/ short
 * links, which only redirect; the plain-text dumps for AI tools; Pagefind's unused UI bundles and
 * its fallback wasm for pages without a language.
 *
 * One list, shared by the build (offline.ts) and the precache byte-budget test.
 */
export const PRECACHE = {
	globPatterns: [
		'**/*.html',
		'*.md',
		'_astro/**/*',
		'_diagrams/**/*',
		'pagefind/pagefind.js',
		'pagefind/pagefind-worker.js',
		'pagefind/wasm.*.pagefind',
		'pagefind/pagefind-entry.json',
		'pagefind/**/*.{pf_meta,pf_index,pf_fragment,pf_filter}',
		'search-terms.json',
		'link-previews/**/*.json',
		'flashcards.csv',
		'favicon.{svg,ico}',
		MANIFEST,
		'icons/*.png',
	],
	globIgnores: ['go/**', 'og/**', 'pagefind/wasm.unknown.pagefind'],
	// Files under _astro/ carry a content hash in their names: their URL is their revision.
	dontCacheBustURLsMatching: /^_astro\//,
	// Above this a file is left out with only a warning; the byte budget test would still pass, so
	// the build fails instead (offline.ts) when Workbox leaves anything out.
	maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
} satisfies Partial<GetManifestOptions>;
