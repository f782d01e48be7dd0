import assert from 'node:assert/strict';
import { test } from 'node:test';
import { printOnly, withoutPrintRules } from '../../../src/features/critical-css/print-rules.ts';

test('a media query list is print-only when every query in it is', () => {
	assert.ok(printOnly('print'));
	assert.ok(printOnly('only print'));
	assert.ok(printOnly('PRINT and (orientation: portrait)'));
	assert.ok(printOnly('print, print and (min-width: 20cm)'));
	assert.ok(!printOnly('screen'));
	assert.ok(!printOnly('not print'), '"not print" is every screen');
	assert.ok(!printOnly('print, screen'));
	assert.ok(!printOnly('(min-width: 50rem)'));
	assert.ok(!printOnly('printer'), 'an unknown media type is not print');
});

test('drops print-only @media blocks at any depth and keeps everything else', () => {
	const css =
		'a{color:red}@media print{a{color:black}}@layer base{@media only print{p{margin:0}}.x{top:0}}' +
		'@media screen,print{b{font-weight:700}}@media (min-width:50rem){@media print{i{color:blue}}.y{left:0}}';
	assert.equal(
		withoutPrintRules(css),
		'a{color:red}@layer base{.x{top:0}}@media screen,print{b{font-weight:700}}@media (min-width:50rem){.y{left:0}}',
	);
});

test('a stylesheet without print rules comes back as it was', () => {
	const css = '.a { color: red }\n@media (prefers-color-scheme: dark) { .a { color: white } }\n';
	assert.equal(withoutPrintRules(css), css);
});
