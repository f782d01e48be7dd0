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
