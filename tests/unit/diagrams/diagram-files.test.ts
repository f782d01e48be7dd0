import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withBackground } from '../../../src/features/diagrams/diagram-files.ts';

test('a full-size diagram gets its background in its one style attribute', () => {
	assert.equal(
		withBackground(
			'<svg id="d" style="max-width: 310px;" viewBox="0 0 1 1"><g style="x"/></svg>',
			'#fff',
		),
		'<svg id="d" style="background-color: #fff; max-width: 310px;" viewBox="0 0 1 1"><g style="x"/></svg>',
	);
	assert.equal(
		withBackground('<svg viewBox="0 0 1 1"></svg>', '#000'),
		'<svg style="background-color: #000" viewBox="0 0 1 1"></svg>',
	);
});
