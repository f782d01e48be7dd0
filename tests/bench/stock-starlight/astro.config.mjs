// Stock Starlight with the same notes, for `npm run bench -- --only build`: the default
// configuration (Pagefind search, sitemap-free), no plugins of this project. The bench builds a
// copy of this folder beside the real site and prints both build times.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [
		starlight({
			title: 'AWS Security Notes (stock Starlight)',
			sidebar: [
				{
					label: 'Topics',
					items: [
						'shared-responsibility',
						'iam',
						'organizations',
						'compliance',
						'ddos',
						'security-services',
					],
				},
			],
		}),
	],
});
