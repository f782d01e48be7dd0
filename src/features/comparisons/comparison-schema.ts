import { z } from 'astro/zod';
import { entryErrors, filled, sectionList, text } from '../../lib/data-schema.ts';
import { sourcesOf } from '../sources/source-schema.ts';
import { parseCell } from './comparison-cells.ts';

const FIELDS = 'id, title, page, caption, aspectLabel, columns, rows, compares, sources';
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** One cell: short inline Markdown, such as `Free` or `Yes, with [WAF](#aws-waf)`. */
const Cell = text(
	'the cell\'s text, such as "No additional charge"',
	z
		.string()
		.trim()
		.min(1, 'is empty: every cell says something; write "None" or "No" if that is the answer')
		.max(240, 'is too long for a table cell: keep it under 240 characters')
		.superRefine((cell, ctx) => {
			const problem = parseCell(cell).problem;
			if (problem) ctx.addIssue({ code: 'custom', message: problem });
		}),
);

const RowSchema = z
	.object({
		/** Kebab-case, unique in the table: the row's anchor is `<table id>-<row id>`. */
		id: text(
			'a kebab-case id, such as "cost"',
			z.string().regex(KEBAB, 'ids are lowercase kebab-case, such as "cost"'),
		),
		/** The row header: what the row compares, such as "Cost". */
		aspect: filled('what the row compares, such as "Cost"'),
		/** One cell per column, in the order of `columns`. */
		cells: z.array(Cell, { error: () => 'must be a list of cells, one per column' }),
	})
	.strict();

/** One comparison table: what it compares, where it renders, and the documentation behind it. */
export const ComparisonSchema = z
	.object(
		{
			/** Kebab-case id: the heading's anchor (`/ddos/#shield-standard-vs-advanced`) and the file name. */
			id: text(
				'a kebab-case id, such as "shield-standard-vs-advanced"',
				z
					.string()
					.regex(KEBAB, 'ids are lowercase kebab-case, such as "shield-standard-vs-advanced"'),
			),
			/** The heading, named for the comparison: "Shield Standard vs Shield Advanced". */
			title: text(
				'the heading, such as "Shield Standard vs Shield Advanced"',
				z.string().regex(/\S \bvs\b \S/, 'name the comparison "X vs Y", as readers search for it'),
			),
			/** The topic page the table renders on (its file name without `.mdx`). */
			page: filled('the slug of the page that shows the table, such as "ddos"'),
			/** One sentence: what the table compares. The table's caption and accessible name. */
			caption: text(
				'one sentence saying what the table compares',
				z
					.string()
					.min(20, 'write the caption as a full sentence')
					.max(200, 'keep the caption to one sentence')
					.regex(/[.!?]$/, 'end the caption with a full stop'),
			),
			/** The header of the first column, over the row headers. */
			aspectLabel: filled('the first column\'s header, such as "Aspect"').default('Aspect'),
			/** The two to four things compared: the column headers. */
			columns: z
				.array(filled('a column header, such as "Shield Standard"'), {
					error: () =>
						'must be a list of the things compared, such as ["Shield Standard", "Shield Advanced"]',
				})
				.min(2, 'compare at least two things')
				.max(4, 'compare at most four things: a wider table does not fit a phone'),
			/** The rows: one aspect each, with a cell per column. */
			rows: z
				.array(RowSchema, { error: () => 'must be a list of rows ({ "id", "aspect", "cells" })' })
				.min(2, 'a comparison needs at least two rows'),
			/** Sections (`page#heading-id`) about the things compared: each links to the table. */
			compares: sectionList('ddos#shield-standard').min(
				1,
				'name at least one section that should link to the table',
			),
			/** The AWS documentation behind the cells. */
			sources: sourcesOf('the table'),
		},
		entryErrors('comparison', FIELDS),
	)
	.strict()
	.superRefine((table, ctx) => {
		const ids = new Set<string>();
		table.rows.forEach((row, i) => {
			if (ids.has(row.id))
				ctx.addIssue({
					code: 'custom',
					path: ['rows', i, 'id'],
					message: `duplicate row id "${row.id}": give each row its own id`,
				});
			ids.add(row.id);
			if (row.cells.length !== table.columns.length)
				ctx.addIssue({
					code: 'custom',
					path: ['rows', i, 'cells'],
					message: `has ${row.cells.length} cell(s) for ${table.columns.length} columns (${table.columns.join(', ')}): give every column a cell, and write "None" or "No" where that is the answer`,
				});
		});
	});

export type Comparison = z.infer<typeof ComparisonSchema>;
