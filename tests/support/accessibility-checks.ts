import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

/* What the end-to-end suite checks accessibility with: axe for WCAG 2.2 AA, and contrast ratios for
   what axe cannot judge. */

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what the site promises. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The only violations the suite accepts: the axe rule, a CSS selector for the elements, and why the
 * site cannot fix it. Fix the site instead wherever possible, and remove an entry once it is fixed.
 * Empty: every violation found so far has been fixed.
 */
const EXCEPTIONS: ReadonlyArray<{ rule: string; selector: string; reason: string }> = [];

/** One line per failing element: rule, impact, selector, what to fix, and where to read more. */
function describeViolations(violations: Result[]): string {
	return violations
		.flatMap((violation) =>
			violation.nodes.map(
				(node) =>
					`- ${violation.id} (${violation.impact}) at ${node.target.join(' ')}\n` +
					`    ${violation.help}: ${node.failureSummary?.replace(/\s*\n\s*/g, ' ')}\n` +
					`    ${violation.helpUrl}`,
			),
		)
		.join('\n');
}

/** Runs axe on the page as it is now and fails with a readable list of every violation. */
export async function expectNoViolations(page: Page, where: string) {
	// Content drawn only as the reader nears it (`content-visibility: auto`) is not laid out until
	// then, and axe reads colours, sizes and what lies behind an element from the layout: draw all
	// of it first, as a reader who scrolls there sees it, and put the page back after.
	const undrawn = await page.evaluateHandle(() => {
		const elements = [...document.querySelectorAll<HTMLElement | SVGElement>('*')].filter(
			(element) => getComputedStyle(element).contentVisibility === 'auto',
		);
		for (const element of elements) element.style.setProperty('content-visibility', 'visible');
		return elements;
	});
	// Legacy mode runs axe in the page itself; the default opens a blank page to merge the results
	// of cross-origin frames, which the site does not have, and doubles the time of each scan.
	const results = await new AxeBuilder({ page })
		.options({ resultTypes: ['violations'] }) // replaces all options: must come before withTags
		.withTags(WCAG_TAGS)
		.setLegacyMode()
		.analyze();
	await undrawn.evaluate((elements) => {
		for (const element of elements) element.style.removeProperty('content-visibility');
	});
	const excepted = await page.evaluate(
		({ violations, exceptions }) =>
			violations.map(({ id, targets }) =>
				targets.map((target) =>
					exceptions.some(
						(exception) =>
							exception.rule === id && document.querySelector(target)?.matches(exception.selector),
					),
				),
			),
		{
			violations: results.violations.map(({ id, nodes }) => ({
				id,
				targets: nodes.map((node) => String(node.target.at(-1))),
			})),
			exceptions: [...EXCEPTIONS],
		},
	);
	const violations = results.violations
		.map((violation, v) => ({
			...violation,
			nodes: violation.nodes.filter((_, n) => !excepted[v]![n]),
		}))
		.filter((violation) => violation.nodes.length > 0);
	expect(
		violations.map((violation) => violation.id),
		`axe found WCAG 2.2 AA violations ${where}:\n${describeViolations(violations)}`,
	).toEqual([]);
}

/** WCAG contrast ratio of two sRGB colours given as `rgb(r, g, b)`. */
export function contrast(a: string, b: string): number {
	const luminance = (colour: string) => {
		const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).map((v) => {
			const c = Number(v) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light! + 0.05) / (dark! + 0.05);
}
