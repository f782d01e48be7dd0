import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkGfm from 'remark-gfm';
import { rehypeFocusableTables } from '../../../src/features/content/rehype-focusable-tables.ts';
import { renderMarkdown } from '../../support/markdown.ts';

test('every table can take focus, so a keyboard can scroll it sideways', async () => {
	const html = await renderMarkdown('| A | B |\n| - | - |\n| 1 | 2 |\n\nText.', {
		remark: [remarkGfm],
		rehype: [rehypeFocusableTables],
	});
	assert.match(html, /^<table tabindex="0">/);
	assert.equal(html.match(/tabindex/g)?.length, 1);
});
