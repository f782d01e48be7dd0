import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { withFrontmatterLines } from './features/content/frontmatter-lines.ts';
import { failOnRenderErrors } from './features/content/strict-loader.ts';
import { PageFrontmatterSchema } from './features/content/page-frontmatter.ts';

// The glossary is not a collection: the Markdown plugins need it before collections exist, so
// astro.config.mjs loads it once (src/site-data.ts) and pages import it from virtual:asn/site-data.
export const collections = {
	docs: defineCollection({
		loader: failOnRenderErrors(withFrontmatterLines(docsLoader())),
		schema: docsSchema({ extend: PageFrontmatterSchema }),
	}),
};
