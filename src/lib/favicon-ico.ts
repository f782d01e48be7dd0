/** The sizes public/favicon.ico holds, in pixels. */
export const ICO_SIZES = [16, 32, 48];

/** One image of an ICO file: a PNG and its square size in pixels (1 to 256). */
export interface IcoImage {
	size: number;
	png: Uint8Array;
}

const HEADER = 6;
const ENTRY = 16;

/**
 * Packs PNG images into an ICO file (the format browsers fetch from `/favicon.ico` when a
 * document, such as a full-size diagram SVG, names no icon of its own). Vista and later, and
 * every current browser, read PNG-compressed ICO entries.
 */
export function icoFromPngs(images: IcoImage[]): Uint8Array {
	if (images.length === 0) throw new Error('An ICO file needs at least one image.');
	const total = HEADER + ENTRY * images.length + images.reduce((n, i) => n + i.png.length, 0);
	const out = new Uint8Array(total);
	const view = new DataView(out.buffer);
	view.setUint16(0, 0, true); // reserved
	view.setUint16(2, 1, true); // type 1: icon
	view.setUint16(4, images.length, true);
	let offset = HEADER + ENTRY * images.length;
	images.forEach(({ size, png }, index) => {
		if (!Number.isInteger(size) || size < 1 || size > 256) {
			throw new Error(`ICO image sizes are 1 to 256 pixels; got ${size}.`);
		}
		const entry = HEADER + ENTRY * index;
		view.setUint8(entry, size % 256); // 0 means 256
		view.setUint8(entry + 1, size % 256);
		view.setUint8(entry + 2, 0); // no palette
		view.setUint8(entry + 3, 0); // reserved
		view.setUint16(entry + 4, 1, true); // colour planes
		view.setUint16(entry + 6, 32, true); // bits per pixel
		view.setUint32(entry + 8, png.length, true);
		view.setUint32(entry + 12, offset, true);
		out.set(png, offset);
		offset += png.length;
	});
	return out;
}

/** Reads an ICO file back into its images; throws if it is not a PNG-compressed ICO. */
export function readIco(bytes: Uint8Array): IcoImage[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (bytes.length < HEADER || view.getUint16(0, true) !== 0 || view.getUint16(2, true) !== 1) {
		throw new Error('Not an ICO file: the header is not 00 00 01 00.');
	}
	const count = view.getUint16(4, true);
	const images: IcoImage[] = [];
	for (let index = 0; index < count; index++) {
		const entry = HEADER + ENTRY * index;
		const size = view.getUint8(entry) || 256;
		const length = view.getUint32(entry + 8, true);
		const offset = view.getUint32(entry + 12, true);
		if (offset + length > bytes.length) throw new Error(`ICO image ${index} runs past the file.`);
		const png = bytes.subarray(offset, offset + length);
		if (pngSize(png) !== size) {
			throw new Error(`ICO image ${index} says ${size} px but holds a ${pngSize(png)} px PNG.`);
		}
		images.push({ size, png });
	}
	return images;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The width of a square PNG, from its IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(png: Uint8Array): number {
	if (!PNG_SIGNATURE.every((byte, i) => png[i] === byte)) throw new Error('Not a PNG image.');
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const width = view.getUint32(16);
	const height = view.getUint32(20);
	if (width !== height) throw new Error(`The PNG is ${width}×${height}, not square.`);
	return width;
}
