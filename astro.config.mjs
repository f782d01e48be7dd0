// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { buildMarker } from './src/lib/build-marker.ts';
import { basePath, repoUrl, siteUrl } from './src/lib/site-config.ts';
import { loadSiteData, questionsByPage, siteDataModule } from './src/site-data.ts';
import { readSourceFile } from './src/lib/source-position.ts';
import { topics } from './src/lib/topics.ts';
import { createBuildRenderer } from './src/features/diagrams/mermaid-renderer.ts';
import { rehypeGlossaryTerms } from './src/features/glossary/rehype-glossary-terms.ts';
import { remarkTermLinks } from './src/features/glossary/remark-term-links.ts';
import { rehypeLinkPreviews } from './src/features/links/rehype-link-previews.ts';
import { rehypeProtectSvgStyles } from './src/features/diagrams/rehype-protect-svg-styles.ts';
import { remarkInternalLinks } from './src/features/links/remark-internal-links.ts';
import { remarkHeadingAnchors } from './src/features/links/remark-heading-anchors.ts';
import { remarkMermaid } from './src/features/diagrams/remark-mermaid.ts';
import { diagramFiles } from './src/features/diagrams/diagram-files.ts';
import { shortLinks } from './src/features/sharing/short-links.ts';
import { socialCards } from './src/features/sharing/social-cards.ts';
import { focusableCodeBlocks } from './src/features/code-blocks/focusable-code-blocks.ts';
import { pluginCopyButtonNewlines } from './src/features/code-blocks/plugin-copy-button-newlines.ts';
import { rehypeFocusableTables } from './src/features/content/rehype-focusable-tables.ts';
import { anchorIcons } from './src/features/content/anchor-icons.ts';
import { securityHeaders } from './src/features/security-headers/security-headers.ts';
import { remarkSectionSources } from './src/features/sources/remark-section-sources.ts';
import { remarkSearchPhrases } from './src/features/search/remark-search-phrases.ts';
import { remarkComparisons } from './src/features/comparisons/remark-comparisons.ts';
import { remarkExamTips } from './src/features/exam-tips/remark-exam-tips.ts';
import { remarkSelfCheck } from './src/features/self-check/remark-self-check.ts';
import { lastmodFromVerified, verifiedDates } from './src/features/sources/verified-dates.ts';
import { criticalCss } from './src/features/critical-css/critical-css.ts';
import { markdownTwins } from './src/features/markdown-twins/markdown-twins.ts';
import { offline } from './src/features/offline/offline.ts';

// Pages, headings and glossary, read and checked once; plugins and components all get this copy.
const site = loadSiteData();
const { docsDir, index: siteIndex, glossary, comparisons, exams, selfChecks } = site;
// The repository behind "Edit page" and "Report a problem" (REPO_URL, else package.json); unset, both are left out.
const repo = repoUrl();

// Social cards are drawn on a worker thread between these two after-build integrations.
const [cardsStart, cardsDone] = socialCards();

const SITE_TITLE = 'AWS Security Notes';
const SITE_DESCRIPTION =
	'Cross-linked reference notes on AWS security: shared responsibility, IAM, Organizations, compliance, DDoS defences and security services.';

export default defineConfig({
	site: siteUrl(),
	base: basePath(),
	trailingSlash: 'always',
	vite: { plugins: [siteDataModule(site)] },
	markdown: {
		// Astro 7's default processor (Sätteri) runs no remark/rehype plugins: unified() does.
		// https://github.com/withastro/astro/pull/16966
		processor: unified({
			remarkPlugins: [
				// First the four that add headings, questions, tables, tips and links, which the plugins
				// after them check. The self-check's heading comes first, so that a "Compare:" link for the
				// page's last section goes before it.
				[
					remarkSelfCheck,
					{ questions: questionsByPage(selfChecks), docsDir, readSource: readSourceFile },
				],
				[remarkComparisons, { comparisons, docsDir, readSource: readSourceFile }],
				[remarkExamTips, { exams, docsDir, readSource: readSourceFile }],
				[remarkSectionSources, { readSource: readSourceFile }],
				remarkHeadingAnchors,
				[remarkTermLinks, { glossary, docsDir, readSource: readSourceFile }],
				[remarkInternalLinks, { index: siteIndex, docsDir, readSource: readSourceFile }],
				[
					remarkMermaid,
					{
						render: createBuildRenderer(),
						filesPath: `${basePath()}_diagrams/`,
						readSource: readSourceFile,
					},
				],
				remarkSearchPhrases,
			],
			rehypePlugins: [
				rehypeProtectSvgStyles,
				[rehypeGlossaryTerms, { glossary, docsDir }],
				[rehypeLinkPreviews, { index: siteIndex, docsDir }],
				rehypeFocusableTables,
			],
		}),
	},
	integrations: [
		// Each page's lastmod is the day its facts were verified; Starlight adds a plain sitemap only
		// when the config has none.
		sitemap({ serialize: lastmodFromVerified(siteIndex, basePath()) }),
		verifiedDates({ index: siteIndex }),
		starlight({
			title: SITE_TITLE,
			description: SITE_DESCRIPTION,
			sidebar: [
				{ label: 'Topics', items: topics.map((topic) => topic.slug) },
				{ label: 'Study', items: ['study', 'exam-tips', 'flashcards'] },
				{
					label: 'Reference',
					items: ['glossary', 'corrections', { label: 'All topics (print)', link: '/all-topics/' }],
				},
			],
			components: {
				MarkdownContent: './src/overrides/MarkdownContent.astro',
				Search: './src/features/search/Search.astro',
				Head: './src/features/sharing/Head.astro',
			},
			customCss: [
				'./src/styles/theme.css',
				'./src/styles/layout.css',
				'./src/styles/buttons.css',
				'./src/features/diagrams/diagrams.css',
				'./src/features/glossary/terms.css',
				'./src/features/search/search-hit.css',
				'./src/features/sources/sources.css',
				'./src/features/comparisons/comparisons.css',
				'./src/features/exam-tips/exam-tips.css',
				'./src/features/self-check/self-check.css',
				'./src/features/offline/offline.css',
				'./src/features/content/anchor-icons.css',
				'./src/features/print/print.css',
				'./src/styles/no-script.css',
			],
			lastUpdated: false,
			...(repo ? { editLink: { baseUrl: `${repo}/edit/main/` } } : {}),
			expressiveCode: { plugins: [focusableCodeBlocks(), pluginCopyButtonNewlines()] },
		}),
		// After starlight(): its rehype plugins add the heading anchor links this one slims.
		anchorIcons(),
		// After the build. First the two that write HTML (/go/ pages, then critical CSS in every
		// page); the ones after them share one read and parse of every built page
		// (src/lib/built-pages.ts).
		shortLinks({ glossary, index: siteIndex }),
		criticalCss(),
		// Its first integration starts drawing the cards on a worker thread, beside the steps after it.
		cardsStart,
		diagramFiles(),
		markdownTwins({ index: siteIndex, title: SITE_TITLE, description: SITE_DESCRIPTION }),
		// After every step that writes a file a reader loads: the service worker precaches them.
		offline({ name: SITE_TITLE, shortName: 'AWS Sec Notes', description: SITE_DESCRIPTION }),
		// Last: it hashes the inline scripts of all built HTML, and makes `astro preview` send the
		// built dist/_headers.
		securityHeaders({ docsDir }),
		// Waits for the cards: last, so they are drawn beside every step above.
		cardsDone,
		// After everything: marks dist/ as complete, so tests refuse a half-written one.
		buildMarker(),
	],
});
