import type { ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Keeps inline SVG `<style>` elements intact in `.mdx` pages.
 *
 * Astro's MDX pipeline moves `<style>` text into a `set:html` property
 * (rehype-collapse-script-style), which rehype-optimize-static then serialises as a literal
 * attribute: the SVG loses its CSS and renders as black boxes. A `raw` child is not collapsed, and
 * hast-util-to-html still writes it as the style's text. Must run after rehype-raw, as every user
 * rehype plugin does. Harmless in `.md` pages, which serialise raw nodes as they are.
 * The collapsing came with https://github.com/withastro/astro/pull/17896; the same literal
 * attribute was reported in https://github.com/withastro/astro/issues/11971.
 */
export function rehypeProtectSvgStyles() {
	return (tree: Root) => {
		visit(tree, 'element', (svg) => {
			if (svg.tagName !== 'svg') return;
			visit(svg, 'element', (element) => {
				if (element.tagName !== 'style') return;
				const css = element.children.map((child) => ('value' in child ? child.value : '')).join('');
				element.children = [{ type: 'raw', value: css } as ElementContent];
			});
			return 'skip';
		});
	};
}
