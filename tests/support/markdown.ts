import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';

/** Plugins for the test pipeline, and the path of the file it pretends to render. */
export interface PipelineOptions {
	remark?: PluggableList;
	rehype?: PluggableList;
	path?: string;
	/** Frontmatter, passed in the vfile's data the way Astro passes it to plugins. */
	frontmatter?: Record<string, unknown>;
}

/** Runs Markdown through a real remark → rehype → HTML pipeline with the given plugins. */
export async function renderMarkdown(
	markdown: string,
	plugins: PipelineOptions = {},
): Promise<string> {
	const file = new VFile({
		value: markdown,
		path: plugins.path ?? '/site/src/content/docs/page.md',
		cwd: '/site',
	});
	if (plugins.frontmatter) file.data['astro'] = { frontmatter: plugins.frontmatter };
	const result = await unified()
		.use(remarkParse)
		.use(plugins.remark ?? [])
		.use(remarkRehype, { allowDangerousHtml: true })
		.use(plugins.rehype ?? [])
		.use(rehypeStringify, { allowDangerousHtml: true })
		.process(file);
	return String(result);
}

/** The message of the error a pipeline run throws. */
export async function renderError(markdown: string, plugins: PipelineOptions): Promise<string> {
	try {
		await renderMarkdown(markdown, plugins);
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
	throw new Error('Expected the pipeline to fail, but it succeeded.');
}
