import type {
	Heading,
	Link,
	List,
	ListItem,
	Paragraph,
	PhrasingContent,
	Root,
	RootContent,
} from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { createHeadingSlugger, parseHeadingMarker } from '../../lib/headings.ts';
import { type SourceFail, sourceFail } from '../../lib/source-position.ts';
import { checkSourceLink, type SourceLink } from './source-links.ts';

export interface RemarkSectionSourcesOptions {
	/** Reads a page's original text, to report lines of `.md` pages whose frontmatter Astro strips. */
	readSource?: (path: string) => string | undefined;
}

/** Why a section may have no source: it states no facts about AWS. */
const NO_SOURCE_REASONS = ['analogy', 'navigation'] as const;

/** The id and title of the Sources list the plugin adds at the end of a page. */
const SOURCES_HEADING = { id: 'sources', text: 'Sources' } as const;

const SOURCES_LABEL = /^Sources?:\s*/;
/** `{/* sources: analogy *\/}`, the mark of a section that states no facts. */
const NO_SOURCE_MARK = /^\/\*\s*sources:\s*([^*]*?)\s*\*\/$/;
const NON_AWS_MARK = '(non-AWS)';

type Fail = SourceFail;

interface Citation {
	link: SourceLink;
	/** The section (h2, h3 or h4) whose Sources line cites it. */
	section: { id: string; text: string };
}

/**
 * Makes every section that states facts about AWS name its sources. A **Sources line**, a
 * paragraph `Sources: [Title (Guide)](https://docs.aws.amazon.com/…); […](…)`, ends a section;
 * each h2 section needs one, in itself or a subsection, unless it is marked
 * `{/* sources: analogy *\/}` or `{/* sources: navigation *\/}`. Sources lines are kept out of the
 * search index, and the page ends with a Sources list built from them. Anything else (a misplaced
 * line, a link that is not https, a non-AWS source not marked `(non-AWS)`, a citing page without a
 * `verified` date) fails the build at its line.
 */
export function remarkSectionSources(options: RemarkSectionSourcesOptions = {}) {
	return (tree: Root, file: VFile) => {
		// Typed, so TypeScript narrows after a call that never returns.
		const fail: Fail = sourceFail(file, options.readSource);

		rejectNestedLines(tree, fail);
		const slugify = createHeadingSlugger();
		const citations: Citation[] = [];
		let subsection: { id: string; text: string } | undefined;
		let section: { heading: Heading; cited: boolean; mark?: string } | undefined;
		const closeSection = () => {
			if (!section || section.cited || section.mark) return;
			// A section built from data that cites its own sources, such as a self-check.
			if ((section.heading.data as { sourcesInside?: boolean } | undefined)?.sourcesInside) return;
			const text = toString(section.heading);
			fail(
				section.heading.position?.start,
				`the section "${text}" cites no source. End it (or one of its subsections) with a Sources line, \`Sources: [Page title (Guide)](https://docs.aws.amazon.com/…)\`, or, if it states no facts about AWS, mark it on the line after its heading with {/* sources: ${NO_SOURCE_REASONS.join(' */} or {/* sources: ')} */}.`,
			);
		};

		tree.children.forEach((node, i) => {
			if (node.type === 'heading') {
				const { text, id } = parseHeadingMarker(toString(node));
				if (text.trim().toLowerCase() === SOURCES_HEADING.text.toLowerCase()) {
					fail(
						node.position?.start,
						'the page\'s Sources list is built from its Sources lines: remove this "Sources" heading and its list, and cite each source at the end of the section it backs.',
					);
				}
				subsection = { id: id ?? slugify(text), text };
				if (node.depth <= 2) {
					closeSection();
					section = node.depth === 2 ? { heading: node, cited: false } : undefined;
				}
				return;
			}
			if (node.type === 'mdxFlowExpression') {
				const mark = node.value.trim().match(NO_SOURCE_MARK)?.[1];
				if (mark === undefined) return;
				if (!(NO_SOURCE_REASONS as readonly string[]).includes(mark)) {
					fail(
						node.position?.start,
						`"${mark}" is not a reason for a section to have no source: write {/* sources: analogy */} for an analogy, or {/* sources: navigation */} for a section that only points to others; a section that states facts needs a Sources line.`,
					);
				}
				const marked = section;
				if (!marked) {
					fail(
						node.position?.start,
						'a {/* sources: … */} mark belongs on the line after an h2 heading: move it there.',
					);
				}
				marked.mark = mark;
				return;
			}
			if (!isSourcesLine(node)) return;
			const next = tree.children[i + 1];
			if (next && next.type !== 'heading') {
				fail(
					next.position?.start ?? node.position?.start,
					'a Sources line ends its section: move this to just before the next heading, after everything the sources back.',
				);
			}
			const links = parseSourcesLine(node, fail);
			const cited = subsection;
			if (!cited) {
				fail(
					node.position?.start,
					'a Sources line ends a section: this one comes before the first heading; put it at the end of the section it backs.',
				);
			}
			if (section?.mark) {
				fail(
					node.position?.start,
					`the section "${toString(section.heading)}" is marked {/* sources: ${section.mark} */} but cites sources: remove the mark, or the Sources line.`,
				);
			}
			if (section) section.cited = true;
			for (const link of links) citations.push({ link, section: cited });
			node.data = {
				...node.data,
				hProperties: { className: ['asn-sources'], dataPagefindIgnore: '' },
			};
		});
		closeSection();

		if (citations.length === 0) return;
		const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro
			?.frontmatter;
		if (!frontmatter?.['verified']) {
			fail(
				{ line: 1, column: 1 },
				'this page cites AWS documentation but has no `verified` date: add `verified: YYYY-MM-DD` to the frontmatter, the day you last checked its facts against those sources.',
			);
		}
		tree.children.push(...sourcesList(citations));
	};
}

function isSourcesLine(node: RootContent): node is Paragraph {
	const first = node.type === 'paragraph' ? node.children[0] : undefined;
	return first?.type === 'text' && SOURCES_LABEL.test(first.value);
}

/** A Sources line is a paragraph of its own: one inside a list, quote or component is an error. */
function rejectNestedLines(tree: Root, fail: Fail) {
	visit(tree, 'paragraph', (node, _index, parent) => {
		if (parent !== tree && isSourcesLine(node)) {
			fail(
				node.position?.start,
				'a Sources line is a paragraph of its own at the end of a section: move it out of the list, quote or component it is in.',
			);
		}
	});
}

/** The links of a Sources line, each checked; any other content in the line is an error. */
function parseSourcesLine(line: Paragraph, fail: Fail): SourceLink[] {
	const links: SourceLink[] = [];
	const children: PhrasingContent[] = [...line.children];
	const first = children[0] as { value: string };
	const rest = first.value.replace(SOURCES_LABEL, '');
	for (const [i, child] of children.entries()) {
		if (child.type === 'link') {
			links.push({ url: child.url, title: toString(child), nonAws: false });
			continue;
		}
		const text = child.type === 'text' ? (i === 0 ? rest : child.value) : undefined;
		const separator = text?.match(/^\s*(\(non-AWS\))?\s*([;,.]?)\s*$/);
		if (text === undefined || !separator) {
			fail(
				child.position?.start,
				`a Sources line holds only links, separated by \`; \`, each optionally followed by ${NON_AWS_MARK}; found ${child.type === 'text' ? `the text "${child.value.trim()}"` : `a ${child.type}`}. Put explanations in the section itself.`,
			);
		}
		if (separator[1]) {
			const previous = links.at(-1);
			if (!previous || children[i - 1]?.type !== 'link') {
				fail(
					child.position?.start,
					`${NON_AWS_MARK} marks the link right before it: put it after a link.`,
				);
			}
			previous.nonAws = true;
		}
	}
	if (links.length === 0) {
		fail(
			line.position?.start,
			'this Sources line names no source: write `Sources: [Page title (Guide)](https://docs.aws.amazon.com/…)`.',
		);
	}
	for (const link of links) {
		const problem = checkSourceLink(link.url, link.title, link.nonAws);
		if (problem) {
			const node = line.children.find((c): c is Link => c.type === 'link' && c.url === link.url);
			fail(node?.position?.start, problem);
		}
	}
	return links;
}

/** The page's Sources list: every source once, in order of first citation, with the sections citing it. */
function sourcesList(citations: Citation[]): [Heading, List] {
	const byUrl = new Map<string, { link: SourceLink; sections: Citation['section'][] }>();
	for (const { link, section } of citations) {
		const entry = byUrl.get(link.url) ?? { link, sections: [] };
		if (!entry.sections.some((s) => s.id === section.id)) entry.sections.push(section);
		byUrl.set(link.url, entry);
	}
	const text = (value: string): PhrasingContent => ({ type: 'text', value });
	const items: ListItem[] = [...byUrl.values()].map(({ link, sections }) => {
		const children: PhrasingContent[] = [
			{ type: 'link', url: link.url, children: [text(link.title)] },
			...(link.nonAws ? [text(` ${NON_AWS_MARK}`)] : []),
			text(': cited in '),
		];
		sections.forEach((section, i) => {
			if (i > 0) children.push(text(i === sections.length - 1 ? ' and ' : ', '));
			children.push({ type: 'link', url: `#${section.id}`, children: [text(section.text)] });
		});
		children.push(text('.'));
		return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] };
	});
	const list: List = {
		type: 'list',
		ordered: false,
		spread: false,
		children: items,
		data: { hProperties: { className: ['asn-page-sources'], dataPagefindIgnore: '' } },
	};
	// Out of the search index: titles and URLs of documentation pages are noise to a searcher.
	const heading: Heading = {
		type: 'heading',
		depth: 2,
		children: [text(SOURCES_HEADING.text)],
		data: { hProperties: { id: SOURCES_HEADING.id, dataPagefindIgnore: '' } },
	};
	return [heading, list];
}
