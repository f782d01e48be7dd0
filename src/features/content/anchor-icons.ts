import type { Root } from 'hast';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { visit } from 'unist-util-visit';

/**
 * Empties the icon of each heading's anchor link: Starlight writes the same 550-byte `<svg>` into
 * every heading (about 110 KB of the site's HTML, all of it downloaded again by the offline
 * precache), and `anchor-icons.css` draws a "#" in its place, from the stylesheet. The link and its
 * "Section titled" text are Starlight's, unchanged.
 */
export function rehypeAnchorIcons() {
	return (tree: Root) => {
		visit(tree, 'element', (element) => {
			const classes = element.properties['className'];
			if (Array.isArray(classes) && classes.includes('sl-anchor-icon')) element.children = [];
		});
	};
}

interface PluginList {
	options?: { rehypePlugins?: unknown[] };
}

/**
 * Adds {@link rehypeAnchorIcons} after Starlight's own rehype plugins, which add the anchor links:
 * Starlight appends them to the unified processor's list when it is set up, so this integration
 * goes after `starlight()` and appends its plugin the same way.
 */
export function anchorIcons(): AstroIntegration {
	return {
		name: 'asn:anchor-icons',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const plugins = (config.markdown.processor as PluginList | undefined)?.options
					?.rehypePlugins;
				if (!Array.isArray(plugins)) {
					throw new AstroError(
						'asn:anchor-icons: markdown.processor has no rehype plugin list.',
						'Set markdown.processor to unified() in astro.config.mjs, as Starlight needs too.',
					);
				}
				plugins.push(rehypeAnchorIcons);
			},
		},
	};
}
