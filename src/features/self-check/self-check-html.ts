import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { topics } from '../../lib/topics.ts';
import { parseTarget, relativeHref } from '../../lib/urls.ts';
import type { LoadedQuestion } from './load-self-checks.ts';

/** The id of a topic page's self-check heading: `page#self-check`. */
export const SELF_CHECK_ID = 'self-check';

const smartypants = unified().use(remarkSmartypants);

/** Text with curly quotes and dashes, as remark-smartypants gives the pages' own text. */
function typographic(text: string): string {
	const tree: Root = {
		type: 'root',
		children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }],
	};
	return toString(smartypants.runSync(tree));
}

/** The page with the progress table and the mixed practice set. */
const STUDY_PAGE = 'study';

/** The pages that load the self-check script: the topics and the study page. */
export const selfCheckPages: ReadonlySet<string> = new Set([
	...topics.map((topic) => topic.slug),
	STUDY_PAGE,
]);

/** What the questions are rendered for. */
export interface SelfCheckHtmlOptions {
	/** The page they are shown on, for relative links. */
	from: string;
	/** One sentence above the questions. */
	intro: string;
	/** The title of each topic page, to name a question's topic where the set mixes topics. */
	topicTitles?: ReadonlyMap<string, string>;
	/**
	 * A mixed practice set: every question is in the HTML, for "New set", but only `shown` are
	 * visible; `perTopic` is how many each set draws from every topic.
	 */
	mixed?: { shown: ReadonlySet<string>; perTopic: number };
}

/**
 * A self-check as HTML that works without JavaScript: a numbered list of questions, each with its
 * prompt, its options and a `<details>` "Show answer" holding the right option(s), the
 * explanation, a link to the section that teaches it and the sources. The block is kept out of the
 * search index and out of automatic glossary links; the browser script
 * (`self-check.client.ts`) turns each question into a fieldset of radio buttons or checkboxes.
 */
export function selfCheckHtml(
	questions: readonly LoadedQuestion[],
	options: SelfCheckHtmlOptions,
): Element {
	return h(
		'div.asn-self-check',
		{
			dataAsnSelfCheck: '',
			dataPagefindIgnore: 'all',
			dataNoTermLinks: '',
			...(options.mixed
				? {
						dataMixed: String(options.mixed.perTopic),
						dataResetLabel: 'Reset all self-check answers',
					}
				: {}),
		},
		[
			h('p.asn-self-check__intro', options.intro),
			h(
				'ol.asn-self-check__questions',
				questions.map((question) => questionHtml(question, options)),
			),
		],
	);
}

/** One question: the prompt, the options and the answer. */
function questionHtml(question: LoadedQuestion, options: SelfCheckHtmlOptions): Element {
	const right = question.options.filter((option) => option.correct);
	const target = parseTarget(question.section);
	const topic = options.topicTitles?.get(question.page);
	const sources: ElementContent[] = question.sources.flatMap((source, i) => [
		...(i > 0 ? [{ type: 'text' as const, value: '; ' }] : []),
		h('a', { href: source.url }, source.title),
		...(source.nonAws ? [{ type: 'text' as const, value: ' (non-AWS)' }] : []),
	]);
	return h(
		'li.asn-question',
		{
			dataQuestion: question.id,
			dataType: question.type,
			dataPage: question.page,
			hidden: options.mixed ? !options.mixed.shown.has(question.id) : false,
		},
		[
			...(topic ? [h('p.asn-question__topic', topic)] : []),
			h('p.asn-question__prompt', typographic(question.prompt)),
			h(
				'ul.asn-question__options',
				question.options.map((option) =>
					h('li', option.correct ? { dataCorrect: '' } : {}, typographic(option.text)),
				),
			),
			h('details.asn-question__answer', [
				h('summary', 'Show answer'),
				h('div.asn-question__answer-body', [
					right.length === 1
						? h('p.asn-question__right', [
								h('strong', 'Answer:'),
								` ${typographic(right[0]!.text)}`,
							])
						: h('div.asn-question__right', [
								h('p', h('strong', 'Answers:')),
								h(
									'ul',
									right.map((option) => h('li', typographic(option.text))),
								),
							]),
					h('p.asn-question__explanation', typographic(question.explanation)),
					h(
						'p.asn-question__read',
						h(
							'a',
							{ href: relativeHref(options.from, target.page, target.fragment) },
							`Read: ${question.sectionTitle}`,
						),
					),
					h('p.asn-question__sources', ['Checked against: ', ...sources, '.']),
				]),
			]),
		],
	);
}
