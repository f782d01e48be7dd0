import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { ICO_SIZES, icoFromPngs, pngSize, readIco } from '../../src/lib/favicon-ico.ts';

/** A PNG header claiming the given size: enough for the size checks, not a drawable image. */
function fakePng(width: number, height = width): Uint8Array {
	const png = new Uint8Array(33);
	png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	const view = new DataView(png.buffer);
	view.setUint32(16, width);
	view.setUint32(20, height);
	return png;
}

describe('public/favicon.ico', () => {
	test('is a PNG-compressed ICO holding the icon at 16, 32 and 48 px', () => {
		const images = readIco(readFileSync('public/favicon.ico'));
		assert.deepEqual(
			images.map((image) => image.size),
			ICO_SIZES,
		);
	});
});

describe('icoFromPngs and readIco', () => {
	test('round-trip the images, including a 256 px one (stored as 0)', () => {
		const images = [16, 256].map((size) => ({ size, png: fakePng(size) }));
		const ico = icoFromPngs(images);
		assert.deepEqual([...ico.subarray(0, 6)], [0, 0, 1, 0, 2, 0]);
		assert.equal(ico[6 + 16], 0, 'a 256 px entry is written as 0');
		assert.deepEqual(readIco(ico), images);
	});

	test('refuse an empty icon and impossible sizes', () => {
		assert.throws(() => icoFromPngs([]), /at least one image/);
		assert.throws(
			() => icoFromPngs([{ size: 300, png: fakePng(300) }]),
			/1 to 256 pixels; got 300/,
		);
	});

	test('readIco rejects a file that is not an ICO, or whose sizes lie', () => {
		assert.throws(() => readIco(fakePng(16)), /Not an ICO file/);
		const ico = icoFromPngs([{ size: 32, png: fakePng(16) }]);
		assert.throws(() => readIco(ico), /says 32 px but holds a 16 px PNG/);
	});

	test('pngSize rejects non-PNG bytes and non-square images', () => {
		assert.throws(() => pngSize(new Uint8Array(33)), /Not a PNG/);
		assert.throws(() => pngSize(fakePng(32, 16)), /32×16, not square/);
	});
});
