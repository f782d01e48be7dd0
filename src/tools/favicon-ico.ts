/**
 * `npm run favicon`: renders public/favicon.svg at 16, 32 and 48 px in the project's Chromium and
 * writes public/favicon.ico. Browsers ask for /favicon.ico when a document names no icon, as the
 * full-size diagram SVGs cannot; without the file that request is a 404. Run it after changing
 * the SVG, and commit both (tests/unit/favicon-ico.test.ts checks the file).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../lib/chromium.ts';
import { ICO_SIZES, icoFromPngs } from '../lib/favicon-ico.ts';

const svg = await readFile('public/favicon.svg', 'utf8');
const browser = await chromium.launch({
	executablePath: (await requireChromium()).path,
	args: CHROMIUM_ARGS,
});
try {
	const page = await browser.newPage();
	const images = [];
	for (const size of ICO_SIZES) {
		await page.setViewportSize({ width: size, height: size });
		await page.setContent(
			`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
		);
		const png = await page.screenshot({ omitBackground: true, type: 'png' });
		images.push({ size, png: new Uint8Array(png) });
	}
	await writeFile('public/favicon.ico', icoFromPngs(images));
	console.log(`public/favicon.ico: ${ICO_SIZES.join(', ')} px`);
} finally {
	await browser.close();
}
