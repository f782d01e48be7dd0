// @ts-check
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { basePath, siteUrl } from './src/lib/site-config.ts';
import { DOCS_DIR, glossary, siteIndex } from './src/lib/site-data.ts';
import { readSourceFile } from './src/lib/source-position.ts';
import { topics } from './src/lib/topics.ts';
import { createBuildRenderer } from './src/lib/mermaid-renderer.ts';
import { rehypeGlossaryTerms } from './src/plugins/rehype-glossary-terms.ts';
import { rehypeLinkPreviews } from './src/plugins/rehype-link-previews.ts';
import { rehypeProtectSvgStyles } from './src/plugins/rehype-protect-svg-styles.ts';
import { remarkInternalLinks } from './src/plugins/remark-internal-links.ts';
import { remarkHeadingAnchors } from './src/plugins/remark-heading-anchors.ts';
import { remarkMermaid } from './src/plugins/remark-mermaid.ts';
import { diagramFiles } from './src/integrations/diagram-files.ts';
import { shortLinks } from './src/integrations/short-links.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';

export default defineConfig({
	site: siteUrl(),
	base: basePath(),
	trailingSlash: 'always',
	markdown: {
		// Astro 7's default processor runs no remark/rehype plugins: unified() does.
		processor: unified({
			remarkPlugins: [
				remarkHeadingAnchors,
				[
					remarkInternalLinks,
					{ index: siteIndex, glossary, docsDir: DOCS_DIR, readSource: readSourceFile },
				],
				[
					remarkMermaid,
					{
						render: createBuildRenderer(),
						filesPath: `${basePath()}_diagrams/`,
						readSource: readSourceFile,
					},
				],
			],
			rehypePlugins: [
				rehypeProtectSvgStyles,
				[rehypeGlossaryTerms, { glossary, docsDir: DOCS_DIR }],
				[rehypeLinkPreviews, { index: siteIndex, docsDir: DOCS_DIR }],
			],
		}),
	},
	integrations: [
		starlight({
			title: 'AWS Security Notes',
			description:
				'Cross-linked reference notes on AWS security: shared responsibility, IAM, Organizations, compliance, DDoS defences and security services.',
			sidebar: [
				{ label: 'Topics', items: topics.map((topic) => topic.slug) },
				{
					label: 'Reference',
					items: ['glossary', { label: 'All topics (print)', link: '/all-topics/' }],
				},
			],
			components: {
				MarkdownContent: './src/components/MarkdownContent.astro',
				Search: './src/components/Search.astro',
				Head: './src/components/Head.astro',
			},
			customCss: [
				'./src/styles/theme.css',
				'./src/styles/diagrams.css',
				'./src/styles/terms.css',
				'./src/styles/print.css',
				'./src/styles/no-script.css',
			],
			lastUpdated: false,
		}),
		diagramFiles(),
		shortLinks({ glossary, index: siteIndex }),
		socialCards(),
		// Last: it hashes the inline scripts of all HTML the integrations above wrote, and makes
		// `astro preview` send the built dist/_headers.
		securityHeaders({ docsDir: DOCS_DIR }),
	],
});
