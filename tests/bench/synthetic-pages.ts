import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { createHeadingSlugger, parseHeadingMarker } from '../../src/lib/headings.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { relativeHref } from '../../src/lib/urls.ts';

/** Plain prose taken from the real pages, to recombine into synthetic ones. */
export interface ProseCorpus {
	sentences: string[];
	headings: string[];
	/** Links of the real pages' Sources lines, as Markdown (`[Title](https://…)`, maybe `(non-AWS)`). */
	sources: string[];
}

/** A page synthetic pages may link to, with the ids of its headings. */
export interface LinkTarget {
	slug: string;
	title: string;
	headingIds: string[];
}

/** One generated page: its slug under the docs folder and its MDX source. */
export interface SyntheticPage {
	slug: string;
	source: string;
}

/** The day synthetic pages claim their facts were checked (any past day passes the schema). */
const VERIFIED = '2026-12-01';

/** Folder of the docs collection (under the site) that synthetic pages are written to. */
const SYNTHETIC_DIR = 'synthetic';

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
// Characters that would start JSX, an expression, a link or code in MDX: such sentences are dropped.
const UNSAFE = /[<>{}[\]`|\\*_#]/;
const SENTENCE = /[^.!?]+[.!?]+(?=\s|$)/g;

/** Reads the sentences, h2/h3 headings and sources of every topic page in `docsDir`. */
export async function readProseCorpus(docsDir: string): Promise<ProseCorpus> {
	const sentences = new Set<string>();
	const headings = new Set<string>();
	const sources = new Set<string>();
	const files = (await readdir(docsDir)).filter((name) => name.endsWith('.mdx')).sort();
	for (const name of files) {
		const text = await readFile(join(docsDir, name), 'utf8');
		const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
		const tree = mdxParser.parse(body) as Root;
		for (const node of tree.children) {
			if (node.type === 'heading') {
				const { text: heading } = parseHeadingMarker(toString(node));
				if (node.depth <= 3 && !UNSAFE.test(heading)) headings.add(heading);
			} else if (node.type === 'paragraph' && /^Sources?: /.test(toString(node))) {
				// A Sources line: its links (a marked non-AWS one keeps its mark) are the sources.
				node.children.forEach((child, i) => {
					if (child.type !== 'link' || !/^https:\/\//.test(child.url)) return;
					if (UNSAFE.test(toString(child))) return;
					const next = node.children[i + 1];
					const mark =
						next?.type === 'text' && next.value.startsWith(' (non-AWS)') ? ' (non-AWS)' : '';
					sources.add(`[${toString(child)}](${child.url})${mark}`);
				});
			} else {
				visit(node, 'paragraph', (paragraph) => {
					const text = toString(paragraph).replace(/\s+/g, ' ');
					for (const [sentence] of text.matchAll(SENTENCE)) {
						const clean = sentence.trim();
						if (
							/^[A-Z]/.test(clean) &&
							clean.length >= 40 &&
							clean.length <= 300 &&
							!UNSAFE.test(clean)
						)
							sentences.add(clean);
					}
				});
			}
		}
	}
	return { sentences: [...sentences], headings: [...headings], sources: [...sources] };
}

/** A small seeded generator (mulberry32), so the same count gives the same pages. */
function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const ONSETS = [
	'b',
	'br',
	'd',
	'dr',
	'f',
	'g',
	'k',
	'kl',
	'l',
	'm',
	'n',
	'p',
	'qu',
	'r',
	's',
	't',
	'tr',
	'v',
	'z',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'io', 'ou'];
const CODAS = ['', '', 'n', 'r', 'x', 'th', 'l', 'sk', 'm'];

/**
 * Lays out `count` synthetic topic pages: recombined real sentences and headings, a few made-up
 * words per page (so the search vocabulary grows with the site), links to other synthetic pages'
 * sections and now and then to a real page, and a Sources line ending each section.
 */
export function generateSyntheticPages(
	count: number,
	corpus: ProseCorpus,
	realPages: LinkTarget[],
	seed = 1,
): SyntheticPage[] {
	const random = seededRandom(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
	const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
	const word = () => {
		let text = '';
		for (let i = between(2, 3); i > 0; i--) text += pick(ONSETS) + pick(VOWELS);
		return text + pick(CODAS);
	};
	const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);

	// First every page's title and headings, so that links can point at sections of later pages.
	const plans = Array.from({ length: count }, (_, i) => {
		const words = Array.from({ length: between(3, 5) }, word);
		const topic = pick(corpus.headings);
		const slug = `${SYNTHETIC_DIR}/${words[0]}-${String(i + 1).padStart(4, '0')}`;
		const slugify = createHeadingSlugger();
		const sections = Array.from({ length: between(4, 6) }, () => ({
			heading: `${pick(corpus.headings)} at ${capital(pick(words))}`,
			subheadings: Array.from({ length: between(0, 2) }, () => `${pick(corpus.headings)}`),
		}));
		const used = new Set<string>();
		const unique = (heading: string) => {
			let text = heading;
			for (let n = 2; used.has(text.toLowerCase()); n++) text = `${heading} ${n}`;
			used.add(text.toLowerCase());
			return { text, id: slugify(text) };
		};
		const laidOut = sections.map((section) => ({
			heading: unique(section.heading),
			subheadings: section.subheadings.map(unique),
		}));
		return { slug, words, title: `${capital(words[0]!)}: ${topic}`, topic, sections: laidOut };
	});
	const targets: LinkTarget[] = plans.map((plan) => ({
		slug: plan.slug,
		title: plan.title,
		headingIds: plan.sections.flatMap((s) => [s.heading.id, ...s.subheadings.map((h) => h.id)]),
	}));

	return plans.map((plan, i) => {
		const made = () => pick(plan.words);
		const invented = () =>
			pick([
				() => `The ${made()} team applies this to every account it runs in ${capital(made())}.`,
				() => `At ${capital(made())}, engineers call this the ${made()} pattern.`,
				() => `${capital(made())} keeps a record of each change in its ${made()} archive.`,
				() => `The ${made()} review checks this before any ${made()} workload goes live.`,
			])();
		const link = () => {
			const others = targets.filter((_, index) => index !== i);
			const target =
				realPages.length > 0 && (random() < 0.1 || others.length === 0)
					? pick(realPages)
					: pick(others);
			const fragment = pick(['', ...target.headingIds]);
			return `See [${target.title}](${relativeHref(plan.slug, target.slug, fragment)}) for a related case.`;
		};
		const paragraph = (withLink: boolean) => {
			const sentences = Array.from({ length: between(3, 6) }, () => pick(corpus.sentences));
			sentences.splice(between(0, sentences.length), 0, invented());
			if (withLink && (realPages.length > 0 || count > 1)) sentences.push(link());
			return sentences.join(' ');
		};
		const site = capital(plan.words[0]!);
		const description = fitDescription(
			pick([
				`Synthetic notes on ${plan.topic} at ${site}, recombined from the real topic pages.`,
				`How the ${site} teams handle ${plan.topic}, in synthetic notes for the scale bench.`,
				`A synthetic page about ${plan.topic} and the ${made()} controls used at ${site}.`,
			]),
		);
		const blocks = [
			'---',
			`title: ${JSON.stringify(plan.title)}`,
			`description: ${JSON.stringify(description)}`,
			`verified: ${VERIFIED}`,
			'---',
			'',
			paragraph(false),
		];
		for (const section of plan.sections) {
			blocks.push('', `## ${section.heading.text}`);
			for (let n = between(1, 3); n > 0; n--) blocks.push('', paragraph(random() < 0.3));
			if (random() < 0.3) {
				blocks.push(
					'',
					...Array.from({ length: between(2, 4) }, () => `- ${pick(corpus.sentences)}`),
				);
			}
			for (const sub of section.subheadings) {
				blocks.push('', `### ${sub.text}`, '', paragraph(random() < 0.3));
			}
			// Each section ends with its sources, as the content rules require.
			const sources = new Set(Array.from({ length: between(1, 3) }, () => pick(corpus.sources)));
			blocks.push('', `Sources: ${[...sources].join('; ')}.`);
		}
		blocks.push('');
		return { slug: plan.slug, source: blocks.join('\n') };
	});
}

/** Shortens a generated description to the 50–170 characters the frontmatter schema allows. */
function fitDescription(text: string): string {
	if (text.length <= 170) return text;
	return `${text.slice(0, 166).replace(/\s+\S*$/, '')} etc.`;
}

/**
 * Writes `count` synthetic pages into `src/content/docs/synthetic/` of a copy of the site, from the
 * copy's own topic pages.
 */
export async function writeSyntheticPages(siteDir: string, count: number): Promise<void> {
	const docsDir = join(siteDir, 'src/content/docs');
	const corpus = await readProseCorpus(docsDir);
	const realPages = [...buildSiteIndex(docsDir).values()]
		.filter((page) => page.slug && page.slug !== 'glossary')
		.map((page) => ({
			slug: page.slug,
			title: page.title,
			headingIds: page.headings.map((h) => h.id),
		}));
	await mkdir(join(docsDir, SYNTHETIC_DIR), { recursive: true });
	for (const page of generateSyntheticPages(count, corpus, realPages)) {
		await writeFile(join(docsDir, `${page.slug}.mdx`), page.source);
	}
}
