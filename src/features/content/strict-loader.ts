import type { Loader } from 'astro/loaders';

/**
 * Makes a content loader fail the build when a Markdown entry fails to render.
 *
 * Astro's glob loader catches errors thrown while rendering `.md` files (a remark plugin's
 * `file.fail()`, say), logs them and publishes the page empty. This wrapper collects those errors,
 * clears the store so that no half-rendered entry is cached for the next build, and throws them.
 */
export function failOnRenderErrors(loader: Loader): Loader {
	return {
		...loader,
		load: async (context) => {
			const errors: string[] = [];
			const logger = Object.create(context.logger) as typeof context.logger;
			logger.error = (message: string) => {
				errors.push(message);
				context.logger.error(message);
			};
			await loader.load({ ...context, logger });
			if (errors.length > 0) {
				context.store.clear();
				throw new Error(`${errors.length} page(s) failed to render:\n${errors.join('\n')}`);
			}
		},
	};
}
