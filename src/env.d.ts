/** The site data the config loaded once (see src/site-data.ts). */
declare module 'virtual:asn/site-data' {
	export const siteIndex: import('./lib/site-index.ts').SiteIndex;
	export const glossary: import('./features/glossary/glossary-schema.ts').GlossaryEntry[];
	export const corrections: import('./features/corrections/corrections-schema.ts').Correction[];
	export const comparisons: import('./features/comparisons/load-comparisons.ts').LoadedComparison[];
	export const exams: import('./features/exam-tips/exams-schema.ts').Exam[];
	export const examTips: import('./features/exam-tips/gather-tips.ts').ExamTip[];
	export const selfChecks: import('./features/self-check/load-self-checks.ts').SelfCheck[];
}

/** GoogleChromeLabs' text-fragments-polyfill ships JavaScript without types: what the quote links use. */
declare module 'text-fragments-polyfill/dist/fragment-generation-utils.js' {
	export interface TextFragment {
		textStart: string;
		textEnd?: string;
		prefix?: string;
		suffix?: string;
	}
	export const GenerateFragmentStatus: { SUCCESS: 0 };
	export function generateFragment(selection: Selection): {
		status: number;
		fragment?: TextFragment;
	};
}
declare module 'text-fragments-polyfill/text-fragment-utils' {
	export const TEXT_FRAGMENT_CSS_CLASS_NAME: string;
	export function getFragmentDirectives(hash: string): { text?: string[] };
	export function parseFragmentDirectives(directives: { text?: string[] }): {
		text?: Array<{ prefix: string; textStart: string; textEnd: string; suffix: string }>;
	};
	export function processFragmentDirectives(parsed: object): { text?: HTMLElement[][] };
	export function scrollElementIntoView(element: Element): void;
}
