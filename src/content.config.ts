import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { failOnRenderErrors } from './lib/strict-loader.ts';
import { PageFrontmatterSchema } from './schemas/page-frontmatter.ts';

export const collections = {
	docs: defineCollection({
		loader: failOnRenderErrors(docsLoader()),
		schema: docsSchema({ extend: PageFrontmatterSchema }),
	}),
};
