/**
 * The colours of Starlight's header bar and page background in each theme
 * (`--sl-color-bg-nav`, `--sl-color-bg`), for the browser's toolbar and the installed app's
 * splash screen, which cannot read CSS.
 */
export const THEME_COLORS = {
	light: { bar: '#f6f7f9', background: '#ffffff' },
	dark: { bar: '#23262f', background: '#17181c' },
} as const;
