import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rootElementRules } from '../../../src/features/critical-css/inline-critical.ts';

const html =
	'<!DOCTYPE html><html lang="en" dir="ltr" data-theme="dark" data-has-sidebar class="astro-g5ptsecz"><head></head><body class="astro-g5ptsecz"></body></html>';

const kept = (selector: string) => rootElementRules(html).some((rule) => rule.test(selector));

test('keeps the rules that may apply to <html> itself, from its attributes, classes and type', () => {
	assert.ok(kept(':where(.astro-g5ptsecz)[data-has-sidebar]'));
	assert.ok(kept('html:not([data-has-toc])'));
	assert.ok(kept('[dir=rtl] .caret'));
	assert.ok(kept('.astro-g5ptsecz'));
});

test('leaves the rest to Beasties, which tests them against the page', () => {
	assert.ok(!kept('.sl-markdown-content p'));
	assert.ok(!kept('[data-has-toc] .right-sidebar'), 'an attribute <html> does not have');
	assert.ok(!kept('.astro-g5ptsecz-other'), 'a longer class name');
	assert.ok(!kept('.htmlish'));
});
