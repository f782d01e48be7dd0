import type { Element, Properties, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options for {@link rehypePrefixIds}. */
export interface RehypePrefixIdsOptions {
	/** Put before every HTML id, joined with `--`: `iam` turns `#sources` into `#iam--sources`. */
	prefix: string;
}

/** Properties that hold the ids of other elements (space-separated lists or a single id). */
const ID_REFERENCES: readonly string[] = [
	'ariaActiveDescendant',
	'ariaControls',
	'ariaDescribedBy',
	'ariaDetails',
	'ariaErrorMessage',
	'ariaFlowTo',
	'ariaLabelledBy',
	'ariaOwns',
	'htmlFor',
	'headers',
];

const decodeFragment = (fragment: string) => {
	try {
		return decodeURIComponent(fragment);
	} catch {
		return fragment;
	}
};

/**
 * Gives a page's ids a prefix, and rewrites the same-page links and ARIA references that point at
 * them, so that several pages can share one document (`/all-topics/`) without duplicate ids.
 * Ids inside inline SVG are left alone: they are unique by construction (diagram ids carry a
 * content hash) and the SVG's own CSS and `url(#…)` references depend on them.
 */
export function rehypePrefixIds(options: RehypePrefixIdsOptions) {
	const rename = (id: string) => `${options.prefix}--${id}`;
	return (tree: Root) => {
		const renamed = new Set<string>();
		visit(tree, 'element', (element) => {
			if (element.tagName === 'svg') return 'skip';
			const id = element.properties['id'];
			if (typeof id === 'string' && id !== '') {
				renamed.add(id);
				element.properties['id'] = rename(id);
			}
			return undefined;
		});
		const scoped = (id: string) => (renamed.has(id) ? rename(id) : id);
		visit(tree, 'element', (element: Element) => {
			const props: Properties = element.properties;
			const href = props['href'];
			if (typeof href === 'string' && href.startsWith('#')) {
				props['href'] = `#${scoped(decodeFragment(href.slice(1)))}`;
			}
			for (const name of ID_REFERENCES) {
				const value = props[name];
				if (typeof value === 'string') props[name] = scoped(value);
				else if (Array.isArray(value)) props[name] = value.map((id) => scoped(String(id)));
			}
		});
	};
}
