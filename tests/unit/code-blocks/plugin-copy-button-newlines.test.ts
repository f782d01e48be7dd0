import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ExpressiveCode } from '@astrojs/starlight/expressive-code';
import { select, toHtml } from '@astrojs/starlight/expressive-code/hast';
import { pluginCopyButtonNewlines } from '../../../src/features/code-blocks/plugin-copy-button-newlines.ts';

const code = '{\n  "Effect": "Deny",\n  "Action": "s3:*"\n}';

/** Renders `code` as Starlight's Expressive Code would, with the frames plugin's copy button. */
async function copyButtonOf(plugins: ReturnType<typeof pluginCopyButtonNewlines>[]) {
	const ec = new ExpressiveCode({ plugins });
	const { renderedGroupAst } = await ec.render({ code, language: 'json' });
	const button = select('.copy button', renderedGroupAst);
	assert.ok(button, 'the frames plugin rendered no copy button');
	return { button, html: toHtml(renderedGroupAst) };
}

describe('pluginCopyButtonNewlines', () => {
	test('without it, the copy button holds U+007F for each line break (the upstream markup)', async () => {
		const { button } = await copyButtonOf([]);
		assert.equal(button.properties['dataCode'], code.replaceAll('\n', '\u007f'));
	});

	test('writes the code to copy with its line breaks, and no U+007F anywhere in the block', async () => {
		const { button, html } = await copyButtonOf([pluginCopyButtonNewlines()]);
		assert.equal(button.properties['dataCode'], code);
		assert.ok(!html.includes('\u007f'), 'U+007F left in the rendered block');
	});

	test("the button's script still reads either form the same: it only maps U+007F to line breaks", () => {
		const frames = new ExpressiveCode().plugins.find((plugin) => plugin.name === 'Frames');
		const modules = frames?.jsModules;
		const script = Array.isArray(modules) ? modules.join('\n') : '';
		// Minified upstream: `r=a.code.replace(/\u007f/g,`\n`)`, then the clipboard gets `r`.
		assert.match(script, /\.code\.replace\(\/\\u007f\/g,`\n`\)/);
	});
});
