import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findBrokenLinks } from '../../support/broken-links.ts';

const pages = [
	{
		path: '/',
		html: '<a href="iam/">IAM</a><a href="iam/#roles">Roles</a><img src="_diagrams/a.svg">',
	},
	{
		path: '/iam/',
		html: '<h2 id="roles">Roles</h2><a href="#roles">self</a><a href="../">home</a><a href="https://aws.amazon.com/">out</a>',
	},
];

describe('findBrokenLinks', () => {
	test('accepts links to existing pages, ids and files', () => {
		assert.deepEqual(findBrokenLinks(pages, new Set(['/_diagrams/a.svg'])), []);
	});

	test('reports a link to a missing page', () => {
		const broken = findBrokenLinks(
			[...pages, { path: '/x/', html: '<a href="../billing/">b</a>' }],
			new Set(['/_diagrams/a.svg']),
		);
		assert.deepEqual(broken, [{ page: '/x/', href: '../billing/', problem: 'no page /billing/' }]);
	});

	test('reports a fragment that is not an id on the target page', () => {
		const broken = findBrokenLinks(
			[...pages, { path: '/x/', html: '<a href="../iam/#rolez">r</a>' }],
			new Set(['/_diagrams/a.svg']),
		);
		assert.deepEqual(broken, [
			{ page: '/x/', href: '../iam/#rolez', problem: 'no #rolez on /iam/' },
		]);
	});

	test('reports a missing file', () => {
		assert.deepEqual(findBrokenLinks(pages), [
			{ page: '/', href: '_diagrams/a.svg', problem: 'no file /_diagrams/a.svg' },
		]);
	});
});
