import { definePlugin, type ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import { visit } from '@astrojs/starlight/expressive-code/hast';

/** What Expressive Code's frames plugin writes for each line break in the copy button's `data-code`. */
const LINE_BREAK_STAND_IN = '\u007f';

/**
 * An Expressive Code plugin that writes the copy button's `data-code` with real line breaks.
 * The frames plugin stores them as U+007F (to keep the HTML source on one line), a code point HTML
 * forbids; a line break is valid in an attribute, and the button's script, which turns U+007F
 * back into line breaks, copies exactly the same text.
 * https://github.com/expressive-code/expressive-code/blob/main/packages/@expressive-code/plugin-frames/src/index.ts
 */
export function pluginCopyButtonNewlines(): ExpressiveCodePlugin {
	return definePlugin({
		name: 'asn:copy-button-newlines',
		hooks: {
			// Runs after the frames plugin's hook, which Expressive Code places before user plugins.
			postprocessRenderedBlock: ({ renderData }) => {
				visit(renderData.blockAst, 'element', (node) => {
					const code = node.properties['dataCode'];
					if (node.tagName === 'button' && typeof code === 'string')
						node.properties['dataCode'] = code.replaceAll(LINE_BREAK_STAND_IN, '\n');
				});
			},
		},
	});
}
