/**
 * Turns a built page's content into its Markdown twin: the text a reader would copy into an AI
 * assistant or a chat, without navigation or page chrome. Pure: takes the parsed HTML, gives text.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

/** What the twin's header says about its page. */
export interface TwinPage {
	title: string;
	description: string;
	/** The page's absolute, canonical URL. */
	url: string;
	/** The day its facts were checked, `YYYY-MM-DD`, if the page has one. */
	verified?: string;
	/** The same day written out, such as "2 December 2026". */
	verifiedLong?: string;
}

/** One Mermaid diagram of the page, in the order of the page. */
export interface DiagramSource {
	title: string;
	source: string;
}

/** Thrown when the page and its diagram sources disagree, so no twin carries a wrong diagram. */
export class TwinError extends Error {}

const isElement = (node: RootContent | ElementContent | Root): node is Element =>
	node.type === 'element';
const classes = (node: Element): string[] => {
	const value = node.properties['className'];
	return Array.isArray(value) ? value.map(String) : [];
};
const hasClass = (node: Element, name: string) => classes(node).includes(name);

/** Elements that are chrome, controls or hidden text: none of it belongs in the twin. */
function isChrome(node: Element): boolean {
	return (
		node.properties['hidden'] !== undefined ||
		// Decoration, such as an aside's icon and visual title: its accessible name says the same.
		node.properties['ariaHidden'] === 'true' ||
		['script', 'style', 'button', 'template', 'noscript', 'link'].includes(node.tagName) ||
		hasClass(node, 'sl-anchor-link') ||
		// Search phrasings are also `hidden`; this also catches a copy without the attribute.
		hasClass(node, 'asn-search-phrases')
	);
}

/** A paragraph of strong text, for labels such as a diagram's or an aside's title. */
const label = (text: string): Element => h('p', [h('strong', text)]);

/** The diagram figure as its title, its text description and its Mermaid source. */
function diagramBlock(
	figure: Element,
	diagram: DiagramSource | undefined,
	index: number,
): Element[] {
	const caption = select('figcaption', figure);
	const title = caption ? toString(caption).trim() : '';
	if (!diagram)
		throw new TwinError(
			`diagram ${index + 1} ("${title}") is on the page but not in its source, so the twin has no Mermaid source for it`,
		);
	if (diagram.title !== title)
		throw new TwinError(
			`diagram ${index + 1} is titled "${title}" on the page but "${diagram.title}" in its source`,
		);
	const description = select('svg desc', figure);
	return [
		label(`Diagram: ${title}`),
		...(description ? [h('p', toString(description).trim())] : []),
		h('pre', [h('code', { className: ['language-mermaid'] }, diagram.source.trim())]),
	];
}

/** An Expressive Code block as a plain `<pre><code>` with its language and real line breaks. */
function codeBlock(block: Element): Element {
	const pre = select('pre', block);
	const language = pre?.properties['dataLanguage'];
	const lines = selectAll('.ec-line', block).map((line) => toString(line));
	const text = lines.length > 0 ? lines.join('\n') : pre ? toString(pre) : '';
	return h('pre', [
		h('code', typeof language === 'string' ? { className: [`language-${language}`] } : {}, text),
	]);
}

/** An aside (a Starlight note or an exam tip) as a blockquote that starts with its name. */
function asideBlock(aside: Element): Element {
	const name = aside.properties['ariaLabel'];
	const body =
		aside.children.find(
			(child): child is Element =>
				isElement(child) && classes(child).some((name) => name.endsWith('__content')),
		) ?? aside;
	return h('blockquote', [
		...(typeof name === 'string' ? [label(name)] : []),
		...(body.children as ElementContent[]),
	]);
}

/**
 * A definition list as a bulleted list: each term in bold, with its anchor as `{#id}` when the
 * term (or the group around it) has one, then its definitions. Markdown has no definition lists.
 */
function definitionList(list: Element, walk: (parent: Element) => void): Element {
	const items: Element[] = [];
	const visit = (nodes: ElementContent[], groupId?: string) => {
		for (const node of nodes) {
			if (!isElement(node)) continue;
			if (node.tagName === 'div') visit(node.children, attribute(node, 'id'));
			else if (node.tagName === 'dt') {
				const id = attribute(node, 'id') ?? groupId;
				items.push(
					h('li', [h('p', [h('strong', toString(node).trim()), ...(id ? [` {#${id}}`] : [])])]),
				);
			} else if (node.tagName === 'dd') {
				walk(node);
				items.at(-1)?.children.push(...node.children);
			}
		}
	};
	visit(list.children);
	return h('ul', items);
}

const attribute = (node: Element, name: string): string | undefined =>
	typeof node.properties[name] === 'string' ? (node.properties[name] as string) : undefined;

/**
 * Rewrites the content tree in place for Markdown: chrome out, headings with their ids, diagrams
 * as their source, links absolute, asides as blockquotes.
 */
function prepare(content: Element, page: TwinPage, diagrams: DiagramSource[]): void {
	let diagramIndex = 0;
	const walk = (parent: Element | Root): void => {
		const next: ElementContent[] = [];
		for (const child of parent.children as ElementContent[]) {
			if (!isElement(child)) {
				next.push(child);
				continue;
			}
			if (isChrome(child)) continue;
			if (hasClass(child, 'asn-diagram')) {
				next.push(...diagramBlock(child, diagrams[diagramIndex], diagramIndex));
				diagramIndex++;
				continue;
			}
			if (hasClass(child, 'expressive-code')) {
				next.push(codeBlock(child));
				continue;
			}
			if (child.tagName === 'aside') {
				const block = asideBlock(child);
				walk(block);
				next.push(block);
				continue;
			}
			if (/^h[1-6]$/.test(child.tagName) && typeof child.properties['id'] === 'string') {
				walk(child);
				// `{#id}` keeps the anchor, as Pandoc, kramdown and MDX write heading ids.
				child.children.push({ type: 'text', value: ` {#${child.properties['id']}}` });
				next.push(child);
				continue;
			}
			if (child.tagName === 'a' && typeof child.properties['href'] === 'string') {
				child.properties['href'] = new URL(child.properties['href'], page.url).href;
			}
			if (child.tagName === 'dl') {
				next.push(definitionList(child, walk));
				continue;
			}
			if (child.tagName === 'details') {
				// The summary becomes a label; the answer under it is always shown in the twin.
				const summary = child.children.find(
					(node): node is Element => isElement(node) && node.tagName === 'summary',
				);
				walk(child);
				next.push(
					...(summary ? [label(toString(summary).trim())] : []),
					...child.children.filter((node) => node !== summary),
				);
				continue;
			}
			walk(child);
			next.push(child);
		}
		parent.children = next as typeof parent.children;
	};
	walk(content);
	if (diagramIndex < diagrams.length)
		throw new TwinError(
			`the source has ${diagrams.length} diagram(s) but the page shows ${diagramIndex}`,
		);
}

/** The twin's header: title, description, canonical URL and the day its facts were checked. */
function header(page: TwinPage): string {
	const lines = [`# ${page.title}`, '', `> ${page.description}`, '', `URL: ${page.url}`];
	if (page.verified)
		lines.push(
			`Last verified against AWS documentation: ${page.verifiedLong ?? page.verified} (${page.verified})`,
		);
	return `${lines.join('\n')}\n`;
}

/**
 * A deep copy of a content tree to rewrite, without source positions (the twin needs none):
 * `structuredClone` of a whole page took longer than the rest of the conversion.
 */
function copyTree(node: ElementContent): ElementContent {
	if (node.type !== 'element') {
		const { position: _position, ...rest } = node;
		return rest as ElementContent;
	}
	const { position: _position, ...element } = node;
	return { ...element, properties: { ...node.properties }, children: node.children.map(copyTree) };
}

/** The Markdown twin of one page, from its content element (the page's `.sl-markdown-content`). */
export function pageToMarkdown(
	content: Element,
	page: TwinPage,
	diagrams: DiagramSource[] = [],
): string {
	const copy = copyTree(content) as Element;
	prepare(copy, page, diagrams);
	const body = toMarkdown(toMdast(h(null, copy.children)), {
		extensions: [gfmToMarkdown()],
		bullet: '-',
		emphasis: '_',
		rule: '-',
		fences: true,
	});
	return `${header(page)}\n${body.trim()}\n`;
}
