/**
 * What the heading menu and the page's "Report a problem" link hand to other places: a section
 * of the page's Markdown twin, a prompt for an AI assistant, a pre-filled issue. Pure and
 * browser-safe; the menu (`heading-menu.client.ts`) calls it.
 */

/** What a report or a prompt says about where the reader is. */
export interface SectionContext {
	pageTitle: string;
	/** The section's heading text; undefined for the page as a whole. */
	sectionTitle?: string;
	/** The page's or section's absolute URL. */
	url: string;
}

/** "Page › Section", or the page title alone. */
const contextLabel = ({ pageTitle, sectionTitle }: SectionContext) =>
	sectionTitle ? `${pageTitle} › ${sectionTitle}` : pageTitle;

const HEADING = /^(#{1,6})\s+.*?\s*\{#([^}\s]+)\}\s*$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/**
 * The section of a Markdown twin under the heading written `{#id}`: that heading and everything
 * up to the next heading of the same or a higher level (so its sub-sections come with it).
 * Headings inside fenced code do not count. Undefined when no heading has that id.
 */
export function sectionMarkdown(markdown: string, id: string): string | undefined {
	const lines = markdown.split('\n');
	let fence: string | undefined;
	let start = -1;
	let level = 0;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const opener = FENCE.exec(line)?.[1];
		if (opener) {
			if (!fence) fence = opener;
			else if (opener[0] === fence[0] && opener.length >= fence.length) fence = undefined;
			continue;
		}
		if (fence) continue;
		const heading = HEADING.exec(line);
		if (!heading) continue;
		const depth = heading[1]!.length;
		if (start >= 0 && depth <= level) return lines.slice(start, i).join('\n').trim() + '\n';
		if (start < 0 && heading[2] === id) {
			start = i;
			level = depth;
		}
	}
	return start >= 0 ? lines.slice(start).join('\n').trim() + '\n' : undefined;
}

/** A prompt for an AI assistant that cites the section's URL. */
function assistantPrompt(context: SectionContext): string {
	return `Read ${context.url} (“${contextLabel(context)}” in AWS Security Notes) and use it to answer my questions. Cite the section when you rely on it.`;
}

/** Plain links that open an assistant with the prompt filled in; no script of theirs is loaded. */
export function assistantLinks(context: SectionContext): Array<{ name: string; href: string }> {
	const q = encodeURIComponent(assistantPrompt(context));
	return [
		{ name: 'ChatGPT', href: `https://chatgpt.com/?q=${q}` },
		{ name: 'Claude', href: `https://claude.ai/new?q=${q}` },
	];
}

/** A new-issue link in the site's repository, pre-filled with where the reader is and what they selected. */
export function issueUrl(
	repo: string,
	context: SectionContext & { selection?: string; date?: string },
): string {
	const quoted = context.selection
		?.trim()
		.split('\n')
		.map((line) => `> ${line}`)
		.join('\n');
	const body = [
		`**Page:** ${contextLabel(context)}`,
		`**URL:** ${context.url}`,
		...(context.date ? [`**Date:** ${context.date}`] : []),
		...(quoted ? ['', '**Selected text:**', '', quoted] : []),
		'',
		'**What is wrong or missing?**',
		'',
		'',
		'**Source, if you have one (AWS documentation link):**',
		'',
	].join('\n');
	const params = new URLSearchParams({ title: `Problem: ${contextLabel(context)}`, body });
	return `${repo}/issues/new?${params}`;
}
