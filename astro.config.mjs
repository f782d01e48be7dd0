// @ts-check
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { basePath, siteUrl } from './src/lib/site-config.ts';
import { readSourceFile } from './src/lib/source-position.ts';
import { topics } from './src/lib/topics.ts';
import { createBuildRenderer } from './src/lib/mermaid-renderer.ts';
import { rehypeProtectSvgStyles } from './src/plugins/rehype-protect-svg-styles.ts';
import { remarkMermaid } from './src/plugins/remark-mermaid.ts';
import { diagramFiles } from './src/integrations/diagram-files.ts';

export default defineConfig({
	site: siteUrl(),
	base: basePath(),
	trailingSlash: 'always',
	markdown: {
		// Astro 7's default processor runs no remark/rehype plugins: unified() does.
		processor: unified({
			remarkPlugins: [
				[
					remarkMermaid,
					{
						render: createBuildRenderer(),
						filesPath: `${basePath()}_diagrams/`,
						readSource: readSourceFile,
					},
				],
			],
			rehypePlugins: [rehypeProtectSvgStyles],
		}),
	},
	integrations: [
		starlight({
			title: 'AWS Security Notes',
			description:
				'Cross-linked reference notes on AWS security: shared responsibility, IAM, Organizations, compliance, DDoS defences and security services.',
			sidebar: [{ label: 'Topics', items: topics.map((topic) => topic.slug) }],
			customCss: ['./src/styles/theme.css', './src/styles/diagrams.css'],
			lastUpdated: false,
		}),
		diagramFiles(),
	],
});
