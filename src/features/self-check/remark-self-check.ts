import type { Heading, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { pageOfFile } from '../../lib/page-of-file.ts';
import { type SourceFail, sourceFail } from '../../lib/source-position.ts';
import type { LoadedQuestion } from './load-self-checks.ts';
import { SELF_CHECK_ID, selfCheckHtml } from './self-check-html.ts';
import { rootJsxElement, standsAloneAtRoot } from '../../lib/mdx-elements.ts';

export interface RemarkSelfCheckOptions {
	/** Each topic page's questions, by page slug (src/data/self-checks/<page>.json). */
	questions: ReadonlyMap<string, readonly LoadedQuestion[]>;
	/** Absolute path of the pages folder, to tell which page a file is. */
	docsDir: string;
	/** Reads a page's original text, to report lines of `.md` pages whose frontmatter Astro strips. */
	readSource?: (path: string) => string | undefined;
}

const TAG = 'SelfCheck';
const HEADING = 'Self-check';

type Fail = SourceFail;

/**
 * Places a topic page's self-check where the page writes `<SelfCheck />` (no import needed,
 * near the end, after the last section's Sources line): an `## Self-check` heading (id
 * `self-check`, so it is in the table of contents and links can name `page#self-check`), then the
 * page's questions from its data file. The heading and questions are kept out of the search
 * index; the questions cite their own sources, so the section needs no Sources line. A topic page
 * with questions but no `<SelfCheck />`, a second one, one on a page without questions, or one
 * with attributes, content or inside anything else, fails the build at its line.
 */
export function remarkSelfCheck(options: RemarkSelfCheckOptions) {
	return (tree: Root, file: VFile) => {
		const page = pageOfFile(file, options.docsDir);
		if (page === undefined) return;
		// Typed, so TypeScript narrows after a call that never returns.
		const fail: Fail = sourceFail(file, options.readSource);
		const questions = options.questions.get(page);

		rejectNested(tree, fail);
		let placed = false;
		for (const node of [...tree.children]) {
			const element = rootJsxElement(node, TAG);
			if (!element) continue;
			const start = element.position?.start;
			if (!questions)
				fail(
					start,
					`<${TAG} /> shows a topic page's questions, and "${page}" has none: remove it, or, on a topic page, add src/data/self-checks/${page}.json.`,
				);
			if (placed) fail(start, `a page has one self-check: remove this second <${TAG} />.`);
			const attribute = element.attributes[0];
			if (attribute)
				fail(
					attribute.position?.start ?? start,
					`<${TAG} /> takes no attributes: its questions come from src/data/self-checks/${page}.json.`,
				);
			if (element.children.length > 0)
				fail(
					start,
					`<${TAG} /> is empty: write it as <${TAG} />, and put the questions in src/data/self-checks/${page}.json.`,
				);
			placed = true;
			tree.children.splice(tree.children.indexOf(node), 1, ...selfCheckNodes(page, questions));
		}
		if (questions && !placed)
			fail(
				{ line: 1, column: 1 },
				`this topic page has ${questions.length} self-check questions (src/data/self-checks/${page}.json) but no <${TAG} />: add <${TAG} /> on its own line at the end of the page, after the last section's Sources line.`,
			);
	};
}

/** `<SelfCheck />` is a section of its own: inside a list, quote, component or sentence it fails. */
function rejectNested(tree: Root, fail: Fail) {
	visit(tree, (node, _index, parent) => {
		if (
			(node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') ||
			node.name !== TAG
		)
			return;
		if (!standsAloneAtRoot(tree, node, parent))
			fail(
				node.position?.start,
				`<${TAG} /> is a section of its own: put it on its own line at the end of the page, not inside a sentence, list, quote or component.`,
			);
	});
}

/** The heading and the questions, as mdast nodes carrying their HTML. */
function selfCheckNodes(page: string, questions: readonly LoadedQuestion[]): RootContent[] {
	const heading: Heading = {
		type: 'heading',
		depth: 2,
		children: [{ type: 'text', value: HEADING }],
		data: {
			hProperties: { id: SELF_CHECK_ID, dataPagefindIgnore: '' },
			// The questions cite their own sources (remark-section-sources reads this).
			sourcesInside: true,
		} as Heading['data'],
	};
	const html = selfCheckHtml(questions, {
		from: page,
		intro: `${questions.length} questions on this page. Each answer is under “Show answer”, with a link to the section that teaches it.`,
	});
	const block = {
		type: 'asnSelfCheck',
		data: { hName: html.tagName, hProperties: html.properties, hChildren: html.children },
	};
	return [heading, block as unknown as RootContent];
}
