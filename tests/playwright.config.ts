import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { staleBuildReason } from '../src/lib/build-marker.ts';
import { CHROMIUM_ARGS, requireChromium } from '../src/lib/chromium.ts';
import { basePath } from '../src/lib/site-config.ts';

// Each checkout gets its own port, so worktrees on one machine never test each other's build
// (outside CI an already running server on the port is reused).
const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(
	process.env['E2E_PORT'] ??
		4330 + [...root].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) % 600, 7),
);
const chromium = await requireChromium();

// The suite tests the production build, so it must be the build of the sources as they are.
const stale = staleBuildReason(root);
if (stale) throw new Error(`End-to-end tests need a complete, current build. ${stale}`);

export default defineConfig({
	testDir: './e2e',
	outputDir: '../test-results',
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	// Several tests walk every page or query; a loaded two-core machine needs more than the default 30 s.
	timeout: 60_000,
	// The list reporter repeats every failure, with its message, after the summary of all tests: the
	// end of a CI log is enough to see what failed and why.
	reporter: 'list',
	use: {
		baseURL: `http://localhost:${port}${basePath()}`,
		browserName: 'chromium',
		launchOptions: { executablePath: chromium.path, args: CHROMIUM_ARGS },
		trace: 'retain-on-failure',
		// The service worker would precache the whole site in every test's fresh profile;
		// tests/e2e/offline.spec.ts allows it in profiles of its own.
		serviceWorkers: 'block',
	},
	webServer: {
		// The suite tests the production build: `npm run build` must run first (`npm test` does).
		command: `astro preview --port ${port}`,
		url: `http://localhost:${port}${basePath()}`,
		reuseExistingServer: !process.env['CI'],
		cwd: '..',
		timeout: 60_000,
	},
});
