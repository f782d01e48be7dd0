import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';

/**
 * Makes a content loader fail the build when a Markdown entry fails to render.
 *
 * Astro's glob loader catches errors thrown while rendering `.md` files (a remark plugin's
 * `file.fail()`, say), logs them and publishes the page empty. This wrapper collects those errors,
 * clears the store so that no half-rendered entry is cached for the next build, and throws them.
 * Works around https://github.com/withastro/astro/issues/18054 (fix pending in
 * https://github.com/withastro/astro/pull/18064); remove it once a release fails by itself.
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
				throw new AstroError(
					`${errors.length} page(s) failed to render:\n${errors.join('\n')}`,
					'Each error starts with the file, line and column: fix the page there and build again.',
				);
			}
		},
	};
}
