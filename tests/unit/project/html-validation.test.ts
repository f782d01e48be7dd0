import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { elementPathAt, parseHtml } from '../../support/built-html.ts';
import { formatReport, type NuMessage } from '../../support/nu-checker.ts';
import {
	splitUpstreamErrors,
	UPSTREAM_HTML_ERRORS,
	upstreamErrorFor,
} from '../../support/upstream-html-errors.ts';

const root = '/site';
const DIV_IN_BUTTON =
	'Element “div” not allowed as child of element “button” in this context. (Suppressing further errors from this subtree.)';

/** A page with Expressive Code's copy button (line 2) and a button of our own (line 3). */
const page = parseHtml(
	[
		'<!doctype html><html lang="en"><head><title>t</title></head><body>',
		'<div class="expressive-code"><figure class="frame"><div class="copy"><button data-code="a"><div></div></button></div></figure></div>',
		'<p><button><div>ours</div></button></p>',
		'</body></html>',
	].join('\n'),
);

/** An error as the checker reports it, on the `<div>` start tag at `line`:`column`. */
function error(message: string, line: number, column: number): NuMessage {
	return {
		type: 'error',
		url: 'file:/site/dist/iam/index.html',
		message,
		lastLine: line,
		firstColumn: column,
		lastColumn: column + '<div>'.length - 1,
	};
}

const upstreamDiv = error(DIV_IN_BUTTON, 2, 92);
const ourDiv = error(DIV_IN_BUTTON, 3, 12);

describe('elementPathAt', () => {
	test('finds the element whose start tag holds the point, after its ancestors', () => {
		const path = elementPathAt(page, { line: 2, column: 96 }).map((element) => element.tagName);
		assert.deepEqual(path, ['html', 'body', 'div', 'figure', 'div', 'button', 'div']);
		const inAttribute = elementPathAt(page, { line: 2, column: 85 }).at(-1);
		assert.equal(inAttribute?.tagName, 'button');
	});
});

describe('upstreamErrorFor', () => {
	test('accepts an upstream error whose message and markup both match a filter', () => {
		assert.equal(upstreamErrorFor(upstreamDiv, page)?.message, DIV_IN_BUTTON);
	});

	test('matches the message exactly: a near miss is not filtered', () => {
		const nearMisses = [
			'Element “div” not allowed as child of element “button” in this context.',
			DIV_IN_BUTTON.replace('“div”', '“p”'),
			DIV_IN_BUTTON.replaceAll(/[“”]/g, '"'),
			`${DIV_IN_BUTTON} `,
			DIV_IN_BUTTON.toLowerCase(),
		];
		for (const message of nearMisses) {
			assert.equal(upstreamErrorFor({ ...upstreamDiv, message }, page), undefined, message);
		}
	});

	test('does not filter the same message in markup we write', () => {
		assert.equal(upstreamErrorFor(ourDiv, page), undefined);
	});

	test('never filters a file the checker could not read', () => {
		const unread: NuMessage = { ...upstreamDiv, type: 'non-document-error' };
		assert.equal(upstreamErrorFor(unread, page), undefined);
	});

	test('every filter names its upstream component, an issue or "none found", and a source file', () => {
		for (const filter of UPSTREAM_HTML_ERRORS) {
			assert.ok(filter.writtenBy, filter.message);
			assert.match(filter.issue, /^(https:\/\/github\.com\/.+\/(issues|pull)\/\d+|none found)$/);
			assert.match(filter.source, /^https:\/\/github\.com\/.+\/blob\/.+\.\w+$/);
		}
	});
});

describe('splitUpstreamErrors', () => {
	test('keeps every error no filter accepts, and reports each as file:line:column: message', () => {
		const ascii = { ...upstreamDiv, message: DIV_IN_BUTTON.replaceAll(/[“”]/g, '"') };
		const { remaining, accepted } = splitUpstreamErrors([upstreamDiv, ourDiv, ascii], () => page);
		assert.deepEqual(remaining, [ourDiv, ascii]);
		assert.deepEqual([...accepted.values()], [[upstreamDiv]]);
		assert.equal(
			formatReport(remaining, root),
			[
				'2 HTML errors:',
				`dist/iam/index.html:3:12: ${DIV_IN_BUTTON}`,
				`dist/iam/index.html:2:92: ${ascii.message}`,
			].join('\n'),
		);
	});
});
