import type { Heading, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { anchorAliases, createHeadingSlugger, parseHeadingMarker } from '../../lib/headings.ts';
import { failAt } from '../../lib/source-position.ts';

/**
 * Keeps section links stable. `## Title {#id}` pins a heading's id (write `\{#id}` in MDX), and
 * frontmatter `anchors: { old-id: current-id }` keeps ids of renamed headings working: each old id
 * becomes an empty element inside the heading, so `#old-id` lands there with or without
 * JavaScript. An alias to a heading that does not exist fails the build.
 */
export function remarkHeadingAnchors() {
	return (tree: Root, file: VFile) => {
		const frontmatter = (file.data as { astro?: { frontmatter?: unknown } }).astro?.frontmatter;
		const aliases = anchorAliases(frontmatter);
		const slugify = createHeadingSlugger();
		const headings = new Map<string, Heading>();
		visit(tree, 'heading', (heading) => {
			const last = heading.children.at(-1);
			const marker = last?.type === 'text' ? parseHeadingMarker(last.value) : undefined;
			if (marker?.id) {
				(last as Text).value = marker.text;
				heading.data = {
					...heading.data,
					hProperties: { ...heading.data?.hProperties, id: marker.id },
				};
				headings.set(marker.id, heading);
			} else {
				// The id Astro will give it (rehype-heading-ids, which skips pinned ids).
				headings.set(slugify(toString(heading)), heading);
			}
		});
		for (const [alias, id] of aliases) {
			const heading = headings.get(id);
			if (!heading) {
				failAt(
					file,
					{ line: 1, column: 1 },
					`frontmatter anchors: "${alias}" points to #${id}, which is not a heading on this page`,
				);
			}
			const anchor = {
				type: 'asnAnchorAlias',
				data: {
					hName: 'span',
					hProperties: { id: alias, className: ['asn-anchor-alias'] },
					hChildren: [],
				},
			};
			heading.children.unshift(anchor as unknown as Text);
		}
	};
}
