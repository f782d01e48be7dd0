/**
 * The heading menu ("More actions for section …"), loaded on its first use: copy the section or
 * the page as Markdown (from the page's Markdown twin), open it in an AI assistant, report a
 * problem with it. One menu element serves every heading; it opens under the button that asked.
 */
import {
	assistantLinks,
	issueUrl,
	sectionMarkdown,
	type SectionContext,
} from './section-actions.ts';

/** What the page's inline script knows and hands over. */
export interface MenuSettings {
	/** The repository for "Report a problem", if the site has one. */
	repo: string | undefined;
	/** Whether the site is on a public URL, so outside services can read it. */
	publicSite: boolean;
	/** Says a result to screen readers and beside the button. */
	announce: (button: HTMLButtonElement, message: string) => void;
	/** The text the reader last selected in the page content, if any. */
	selection: () => string;
}

let twin: Promise<string> | undefined;

/** The page's Markdown twin, fetched once. */
function pageMarkdown(): Promise<string> {
	const href = document
		.querySelector<HTMLLinkElement>('link[rel="alternate"][type="text/markdown"]')
		?.getAttribute('href');
	if (!href) return Promise.reject(new Error('This page has no Markdown version.'));
	twin ??= fetch(href).then((response) => {
		if (!response.ok) throw new Error(`The Markdown version answered ${response.status}.`);
		return response.text();
	});
	twin.catch(() => (twin = undefined));
	return twin;
}

const pageTitle = () => document.querySelector('h1')?.textContent?.trim() ?? document.title;

/**
 * Where the reader is: the page, the section under `heading`, and its absolute URL on the
 * published site (the canonical URL), which an assistant or a maintainer can open.
 */
function contextOf(heading: HTMLElement | undefined): SectionContext {
	const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
	const url = new URL(canonical ?? location.href);
	url.search = '';
	url.hash = heading?.id ?? '';
	return {
		pageTitle: pageTitle(),
		...(heading ? { sectionTitle: heading.textContent?.trim() ?? '' } : {}),
		url: url.href,
	};
}

/** Today as YYYY-MM-DD in the reader's time zone. */
const today = () => new Date().toLocaleDateString('en-CA');

/** The "Report a problem" URL for the reader's place and selection, today. */
export function reportUrl(
	repo: string,
	heading: HTMLElement | undefined,
	selection: string,
): string {
	return issueUrl(repo, {
		...contextOf(heading),
		date: today(),
		...(selection ? { selection } : {}),
	});
}

let menu: HTMLElement | undefined;
let owner: HTMLButtonElement | undefined;

function close(returnFocus: boolean) {
	if (!menu || !owner) return;
	menu.hidden = true;
	owner.setAttribute('aria-expanded', 'false');
	if (returnFocus) owner.focus();
	owner = undefined;
}

function item(label: string): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = label;
	return button;
}

function link(label: string, href: string, external: boolean): HTMLAnchorElement {
	const anchor = document.createElement('a');
	anchor.href = href;
	anchor.textContent = label;
	if (external) {
		anchor.target = '_blank';
		anchor.rel = 'noopener noreferrer';
		const note = document.createElement('span');
		note.className = 'sr-only';
		note.textContent = ' (opens in a new tab)';
		anchor.append(note);
	}
	return anchor;
}

/** Fills the menu for `heading`. */
function fill(button: HTMLButtonElement, heading: HTMLElement, settings: MenuSettings) {
	if (!menu) return;
	const context = contextOf(heading);
	menu.setAttribute('aria-label', `Actions for section “${context.sectionTitle}”`);
	const copy = (label: string, text: () => Promise<string>, done: string) => {
		const action = item(label);
		action.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(await text());
				close(true);
				settings.announce(button, done);
			} catch (error) {
				close(true);
				settings.announce(
					button,
					`Could not copy: ${error instanceof Error ? error.message : String(error)}`,
				);
			}
		});
		return action;
	};
	const items: HTMLElement[] = [
		copy(
			'Copy section as Markdown',
			async () => {
				const section = sectionMarkdown(await pageMarkdown(), heading.id);
				if (!section) throw new Error('this section is missing from the Markdown version.');
				return `${section}\nSource: ${context.url}\n`;
			},
			'Section copied as Markdown',
		),
		copy('Copy page as Markdown', pageMarkdown, 'Page copied as Markdown'),
	];
	if (settings.publicSite)
		for (const { name, href } of assistantLinks(context))
			items.push(link(`Open in ${name}`, href, true));
	if (settings.repo)
		items.push(
			link(
				'Report a problem with this section',
				reportUrl(settings.repo, heading, settings.selection()),
				true,
			),
		);
	menu.replaceChildren(
		...items.map((element) => {
			const li = document.createElement('li');
			li.append(element);
			return li;
		}),
	);
}

function create(): HTMLElement {
	const list = document.createElement('ul');
	list.id = 'asn-heading-menu';
	// not-content: Starlight's spacing between content blocks does not apply inside the menu.
	list.className = 'asn-heading-menu not-content';
	list.hidden = true;
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && !list.hidden) {
			event.preventDefault();
			close(true);
		}
	});
	// Leaving the menu, by Tab or a click elsewhere, closes it.
	list.addEventListener('focusout', (event) => {
		const next = event.relatedTarget as Node | null;
		if (next && !list.contains(next) && next !== owner) close(false);
	});
	document.addEventListener('pointerdown', (event) => {
		const target = event.target as Node;
		if (!list.hidden && !list.contains(target) && !owner?.contains(target)) close(false);
	});
	return list;
}

/** Opens the menu under `button` for `heading`, or closes it when it is already open there. */
export function toggleMenu(
	button: HTMLButtonElement,
	heading: HTMLElement,
	settings: MenuSettings,
) {
	menu ??= create();
	if (owner === button && !menu.hidden) {
		close(true);
		return;
	}
	close(false);
	owner = button;
	fill(button, heading, settings);
	button.setAttribute('aria-controls', menu.id);
	button.setAttribute('aria-expanded', 'true');
	button.after(menu);
	menu.hidden = false;
	menu.querySelector<HTMLElement>('button, a')?.focus();
}
