import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { createHeadingSlugger, parseHeadingMarker } from '../../lib/headings.ts';
import { pageOfFile } from '../../lib/page-of-file.ts';
import { type SourceFail, sourceFail } from '../../lib/source-position.ts';
import type { Exam } from './exams-schema.ts';
import { rootJsxElement, standsAloneAtRoot, type JsxElement } from '../../lib/mdx-elements.ts';

export interface RemarkExamTipsOptions {
	/** The exams a tip may name, with the versions they replaced (src/data/exams.json). */
	exams: ReadonlyArray<Pick<Exam, 'code' | 'replaces'>>;
	/** Absolute path of the pages folder, to tell which page a file is. */
	docsDir: string;
	/** Reads a page's original text, to report lines of `.md` pages whose frontmatter Astro strips. */
	readSource?: (path: string) => string | undefined;
}

/** The two kinds of tip, and the label each shows. */
export const TIP_KINDS = { tip: 'Exam tip', trap: 'Exam trap' } as const;

export type TipKind = keyof typeof TIP_KINDS;

/** The slug of the page that gathers every tip; tips themselves belong on topic pages. */
export const EXAM_TIPS_PAGE = 'exam-tips';

/** The anchor of a tip on its page: ids of tips and headings never collide. */
const tipAnchor = (id: string) => `tip-${id}`;

/** One tip as the plugin found it, recorded in `file.data.examTips` for the site data. */
export interface FoundExamTip {
	/** The tip's element id on its page: `tip-` and its `id` attribute. */
	anchor: string;
	kind: TipKind;
	/** Exam codes, in the order of the exams list. */
	exams: string[];
	/** The h2 or h3 section the tip sits in. */
	section: { id: string; text: string };
	/** The tip's text, as Markdown nodes (paragraphs and lists), before any later plugin runs. */
	content: RootContent[];
}

/** The accessible name of a tip's aside: "Exam trap (CLF-C02, SCS-C03)". */
function tipName(kind: TipKind, exams: readonly string[]): string {
	return `${TIP_KINDS[kind]} (${exams.join(', ')})`;
}

const TAG = 'ExamTip';
const ATTRIBUTES = ['id', 'kind', 'exams'];
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SOURCES_LINE = /^Sources?:/;
/** What a tip may hold: Markdown paragraphs and lists, and inline Markdown in them. */
const CONTENT_NODES = new Set([
	'paragraph',
	'list',
	'listItem',
	'text',
	'strong',
	'emphasis',
	'delete',
	'inlineCode',
	'link',
	'break',
]);

type Fail = SourceFail;

/**
 * Renders exam tips and traps written in the page: `<ExamTip id="scps-never-grant" kind="trap"
 * exams="SCS-C03">…</ExamTip>`, no import needed, becomes an `<aside>` named "Exam trap
 * (SCS-C03)", with the label and exam codes shown above its text and the id `tip-<id>`. Each tip
 * found is recorded in `file.data.examTips`. An unknown or retired exam code, a missing or
 * invalid kind or id, a repeated id, an empty tip, anything but Markdown text in it, a tip outside
 * an `##` section or after its section's Sources line, or a Starlight aside titled "Exam tip",
 * fails the build at its line.
 */
export function remarkExamTips(options: RemarkExamTipsOptions) {
	const order = new Map(options.exams.map((exam, i) => [exam.code, i]));
	const replaced = new Map(
		options.exams.flatMap((exam) => (exam.replaces ? [[exam.replaces.code, exam] as const] : [])),
	);
	return (tree: Root, file: VFile) => {
		const page = pageOfFile(file, options.docsDir);
		if (page === undefined) return;
		// Typed, so TypeScript narrows after a call that never returns.
		const fail: Fail = sourceFail(file, options.readSource);

		rejectMisplacedTips(tree, fail);
		const headingIds = new Set<string>();
		const slugs = createHeadingSlugger();
		for (const node of tree.children) {
			if (node.type !== 'heading') continue;
			const { text, id } = parseHeadingMarker(toString(node));
			headingIds.add(id ?? slugs(text));
		}

		const found: FoundExamTip[] = [];
		const slugify = createHeadingSlugger();
		let h2: string | undefined;
		let section: FoundExamTip['section'] | undefined;
		let afterSources = false;
		tree.children.forEach((node, i) => {
			if (node.type === 'heading') {
				const { text, id } = parseHeadingMarker(toString(node));
				const heading = { id: id ?? slugify(text), text };
				if (node.depth <= 3) section = heading;
				if (node.depth <= 2) h2 = node.depth === 2 ? heading.id : undefined;
				afterSources = false;
				return;
			}
			if (node.type === 'paragraph' && SOURCES_LINE.test(toString(node))) afterSources = true;
			const element = rootJsxElement(node, TAG);
			if (!element) return;
			const start = element.position?.start;
			if (page === EXAM_TIPS_PAGE)
				fail(start, `<${TAG}> belongs on a topic page: the ${EXAM_TIPS_PAGE} page gathers them.`);
			if (!h2 || !section)
				fail(
					start,
					`an exam tip belongs in an \`##\` section, whose facts it sums up: move it below the heading of the section it is about.`,
				);
			if (afterSources)
				fail(
					start,
					"an exam tip goes before its section's Sources line, which cites the tip's facts too: move it above that line.",
				);
			const tip = readTip(element, node, fail, { order, replaced });
			const anchor = tipAnchor(tip.id);
			if (found.some((other) => other.anchor === anchor))
				fail(
					start,
					`another exam tip on this page has the id "${tip.id}": give each tip its own id.`,
				);
			if (headingIds.has(anchor))
				fail(
					start,
					`the id "${tip.id}" would make the anchor #${anchor}, which a heading on this page already has: choose another id.`,
				);
			found.push({
				anchor,
				kind: tip.kind,
				exams: tip.exams,
				section,
				content: structuredClone(tip.content),
			});
			tree.children[i] = renderTip(anchor, tip.kind, tip.exams, tip.content);
		});
		(file.data as { examTips?: FoundExamTip[] }).examTips = found;
	};
}

/**
 * Tips sit between a section's paragraphs: one inside a list, quote, component or sentence fails,
 * and so does an "Exam tip" written as a Starlight aside, which the tips page would not list.
 */
function rejectMisplacedTips(tree: Root, fail: Fail) {
	visit(tree, (node, _index, parent) => {
		if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
		if (node.name === 'Aside') {
			const title = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'title');
			if (typeof title?.value === 'string' && /^exam (tip|trap)/i.test(title.value.trim()))
				fail(
					node.position?.start,
					`write exam tips as <${TAG} id="…" kind="tip" exams="…">, not as an aside titled "${title.value}", so that the exam tips page lists them.`,
				);
			return;
		}
		if (node.name !== TAG) return;
		if (!standsAloneAtRoot(tree, node, parent))
			fail(
				node.position?.start,
				`<${TAG}> is a box of its own: put it on its own lines between a section's paragraphs, not inside a sentence, list, quote or component.`,
			);
	});
}

/** The tip's attributes and content, each checked. */
function readTip(
	element: JsxElement,
	node: RootContent,
	fail: Fail,
	known: { order: Map<string, number>; replaced: Map<string, Pick<Exam, 'code' | 'replaces'>> },
): { id: string; kind: TipKind; exams: string[]; content: RootContent[] } {
	const start = element.position?.start;
	const values = new Map<string, string>();
	for (const attribute of element.attributes) {
		if (attribute.type !== 'mdxJsxAttribute' || !ATTRIBUTES.includes(attribute.name))
			fail(
				attribute.position?.start ?? start,
				`<${TAG}> takes ${ATTRIBUTES.join(', ')}${attribute.type === 'mdxJsxAttribute' ? `, not "${attribute.name}"` : ''}: <${TAG} id="scps-never-grant" kind="trap" exams="SCS-C03">.`,
			);
		if (typeof attribute.value !== 'string')
			fail(
				attribute.position?.start ?? start,
				`write ${attribute.name} as text in quotes, such as ${attribute.name}="${attribute.name === 'exams' ? 'CLF-C02 SCS-C03' : attribute.name === 'kind' ? 'trap' : 'scps-never-grant'}".`,
			);
		values.set(attribute.name, attribute.value.trim());
	}

	const id = values.get('id');
	if (!id)
		fail(
			start,
			`an exam tip needs an id, its anchor on the page: <${TAG} id="scps-never-grant" …>.`,
		);
	if (!KEBAB.test(id))
		fail(start, `the id "${id}" must be lowercase kebab-case, such as "scps-never-grant".`);

	const kind = values.get('kind');
	const kinds = Object.keys(TIP_KINDS).join(' or ');
	if (!kind)
		fail(
			start,
			`an exam tip needs a kind: kind="tip" for advice, kind="trap" for a wrong answer to avoid (${kinds}).`,
		);
	if (!Object.hasOwn(TIP_KINDS, kind))
		fail(start, `the kind "${kind}" is unknown: write kind="tip" or kind="trap".`);

	const written = (values.get('exams') ?? '').split(/[\s,]+/).filter(Boolean);
	const codes = [...known.order.keys()].join(', ');
	if (written.length === 0)
		fail(
			start,
			`an exam tip names the exams it concerns, such as exams="${[...known.order.keys()].join(' ')}" (the exams are ${codes}).`,
		);
	for (const code of written) {
		if (known.order.has(code)) continue;
		const successor = known.replaced.get(code);
		const lastDay = successor?.replaces?.lastExamDay;
		fail(
			start,
			successor
				? `the exam ${code} was replaced by ${successor.code}${lastDay ? ` (its last exam day was ${lastDay})` : ''}: check that the tip holds for ${successor.code}, then write exams="${successor.code}".`
				: `"${code}" is not an exam in src/data/exams.json: use one of ${codes}.`,
		);
	}
	if (new Set(written).size !== written.length)
		fail(start, `exams="${values.get('exams')}" names an exam twice: name each once.`);
	const exams = [...written].sort((a, b) => known.order.get(a)! - known.order.get(b)!);

	const content: RootContent[] =
		element.type === 'mdxJsxTextElement'
			? [
					{
						type: 'paragraph',
						children: element.children as PhrasingContent[],
						position: node.position,
					},
				]
			: (element.children as RootContent[]);
	if (!toString({ type: 'root', children: content } as Root).trim())
		fail(start, `this exam tip is empty: write the tip between <${TAG} …> and </${TAG}>.`);
	for (const block of content) {
		if (block.type === 'paragraph' && SOURCES_LINE.test(toString(block)))
			fail(
				block.position?.start,
				"an exam tip has no Sources line of its own: the section's Sources line cites its facts. Move this line below the tip, or add its pages to the section's Sources line.",
			);
		visit(block, (child) => {
			if (!CONTENT_NODES.has(child.type))
				fail(
					child.position?.start ?? start,
					`an exam tip holds Markdown paragraphs and lists (text, **bold**, \`code\`, links), not ${describe(child.type)}.`,
				);
		});
	}
	return { id, kind: kind as TipKind, exams, content };
}

/** A node type as an error names it. */
function describe(type: string): string {
	if (type.startsWith('mdxJsx')) return 'a component or HTML tag';
	if (type.startsWith('mdx')) return 'a {…} expression or comment';
	if (type === 'code') return 'a code block';
	if (type === 'heading') return 'a heading';
	if (type === 'image') return 'an image';
	if (type === 'table') return 'a table';
	return `a ${type}`;
}

/** An mdast node that renders as an element, for nodes mdast has no type for. */
function element(
	tagName: string,
	hProperties: Record<string, unknown>,
	children: unknown[],
): RootContent {
	return {
		type: `asn-${tagName}`,
		data: { hName: tagName, hProperties },
		children,
	} as unknown as RootContent;
}

/**
 * The aside: named for screen readers by `aria-label`, with the same words shown as its title
 * (hidden from screen readers, as Starlight's asides do, so they are not read twice, and from
 * search, so that the codes do not make every section with a tip a result for "SCS-C03").
 */
function renderTip(
	anchor: string,
	kind: TipKind,
	exams: string[],
	content: RootContent[],
): RootContent {
	const text = (value: string) => ({ type: 'text', value });
	const title: Paragraph = {
		type: 'paragraph',
		data: {
			hProperties: {
				className: ['asn-exam-tip__title'],
				ariaHidden: 'true',
				dataPagefindIgnore: '',
			},
		},
		children: [
			element('span', { className: ['asn-exam-tip__kind'] }, [
				text(TIP_KINDS[kind]),
			]) as unknown as PhrasingContent,
			text(' ') as PhrasingContent,
			...exams.flatMap((code, i) => [
				...(i > 0 ? [text(' ') as PhrasingContent] : []),
				element('span', { className: ['asn-exam-tip__exam'] }, [
					text(code),
				]) as unknown as PhrasingContent,
			]),
		],
	};
	return element(
		'aside',
		{
			id: anchor,
			className: ['asn-exam-tip', `asn-exam-tip--${kind}`],
			ariaLabel: tipName(kind, exams),
		},
		[title, element('div', { className: ['asn-exam-tip__content'] }, content)],
	);
}
