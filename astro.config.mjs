// @ts-check
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { basePath, siteUrl } from './src/lib/site-config.ts';
import { topics } from './src/lib/topics.ts';

export default defineConfig({
	site: siteUrl(),
	base: basePath(),
	trailingSlash: 'always',
	markdown: {
		// Astro 7's default processor runs no remark/rehype plugins; later plugins need unified.
		processor: unified(),
	},
	integrations: [
		starlight({
			title: 'AWS Security Notes',
			description:
				'Cross-linked reference notes on AWS security: shared responsibility, IAM, Organizations, compliance, DDoS defences and security services.',
			sidebar: [{ label: 'Topics', items: topics.map((topic) => topic.slug) }],
			customCss: ['./src/styles/theme.css'],
			lastUpdated: false,
		}),
	],
});
