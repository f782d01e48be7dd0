import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nestPageHtml } from '../../../src/features/print/nest-page-html.ts';

test('the study sheet nests a page without its self-check heading and questions', () => {
	const html = nestPageHtml(
		'<h2 id="roles">Roles</h2><p>Text.</p><div class="sl-heading-wrapper level-h2"><h2 id="self-check">Self-check</h2></div><div data-asn-self-check=""><ol><li>Q</li></ol></div><h2 id="sources">Sources</h2>',
		'iam',
	);
	assert.doesNotMatch(html, /self-check|<ol>/);
	assert.match(
		html,
		/<h3 id="iam--roles">Roles<\/h3><p>Text\.<\/p><h3 id="iam--sources">Sources<\/h3>/,
	);
});
