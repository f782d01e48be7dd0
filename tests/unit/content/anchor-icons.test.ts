import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AstroIntegration } from 'astro';
import { anchorIcons, rehypeAnchorIcons } from '../../../src/features/content/anchor-icons.ts';
import rehypeRaw from 'rehype-raw';
import { renderMarkdown } from '../../support/markdown.ts';

test("each heading anchor's icon is emptied, and the link and its label are kept", async () => {
	const html = await renderMarkdown(
		'<div class="sl-heading-wrapper level-h2"><h2 id="iam-roles">IAM roles</h2><a class="sl-anchor-link" href="#iam-roles"><span aria-hidden="true" class="sl-anchor-icon"><svg width="16" height="16" viewBox="0 0 24 24"><path d="M0 0h24"></path></svg></span><span class="sr-only">Section titled “IAM roles”</span></a></div>\n\n<svg><path d="M1 1"></path></svg>',
		{ rehype: [rehypeRaw, rehypeAnchorIcons] },
	);
	assert.match(
		html,
		/<a class="sl-anchor-link" href="#iam-roles"><span aria-hidden="true" class="sl-anchor-icon"><\/span><span class="sr-only">Section titled “IAM roles”<\/span><\/a>/,
	);
	assert.match(html, /<svg><path d="M1 1"><\/path><\/svg>/, 'other SVG is left alone');
});

const setUp = (integration: AstroIntegration, processor: unknown) =>
	(integration.hooks['astro:config:setup'] as (options: unknown) => void)({
		config: { markdown: { processor } },
	});

test("the plugin goes after the processor's other rehype plugins (Starlight's among them)", () => {
	const starlights = () => undefined;
	const processor = { options: { rehypePlugins: [starlights] } };
	setUp(anchorIcons(), processor);
	assert.deepEqual(processor.options.rehypePlugins, [starlights, rehypeAnchorIcons]);
});

test('a Markdown processor without rehype plugins fails the build, saying what to set', () => {
	assert.throws(
		() => setUp(anchorIcons(), { name: 'satteri', options: {} }),
		/markdown\.processor has no rehype plugin list/,
	);
});
