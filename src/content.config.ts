import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { failOnRenderErrors } from './lib/strict-loader.ts';
import { GlossaryEntrySchema } from './schemas/glossary.ts';
import { PageFrontmatterSchema } from './schemas/page-frontmatter.ts';

export const collections = {
	docs: defineCollection({
		loader: failOnRenderErrors(docsLoader()),
		schema: docsSchema({ extend: PageFrontmatterSchema }),
	}),
	// Whole-file checks (duplicates, see-also, targets) run when astro.config.mjs loads it.
	glossary: defineCollection({
		loader: file('src/data/glossary.json'),
		schema: GlossaryEntrySchema,
	}),
};
