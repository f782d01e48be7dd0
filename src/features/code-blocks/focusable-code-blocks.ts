import { definePlugin, type ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import { select } from 'hast-util-select';

/**
 * An Expressive Code plugin that makes every code block's scroll box focusable in the HTML itself,
 * so a reader on a keyboard can reach a block that scrolls sideways and scroll it with the arrow
 * keys (WCAG 2.1.1; axe's `scrollable-region-focusable`). Expressive Code adds the same tabindex
 * from a script only once the page is idle and has been measured, which leaves the first moments
 * of a page, and every page without JavaScript, without it; its script still removes the tabindex
 * again from blocks that turn out not to scroll.
 */
export function focusableCodeBlocks(): ExpressiveCodePlugin {
	return definePlugin({
		name: 'asn:focusable-code-blocks',
		hooks: {
			postprocessRenderedBlock: ({ renderData }) => {
				const pre = select('pre', renderData.blockAst);
				if (pre) pre.properties['tabIndex'] = 0;
			},
		},
	});
}
