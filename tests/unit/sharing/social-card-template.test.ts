import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
	CARD_HEIGHT,
	CARD_WIDTH,
	CardError,
	cardKey,
	renderCard,
} from '../../../src/features/sharing/social-card-template.ts';

const card = {
	title: 'AWS Organizations',
	topic:
		'Manage many AWS accounts together: OUs, service control policies and consolidated billing.',
	site: 'AWS Security Notes',
};

/** The width and height in a PNG's header. */
const pngSize = (png: Uint8Array) => {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return [view.getUint32(16), view.getUint32(20)];
};

describe('social cards', () => {
	test('are 1200×630 PNGs, drawn without a browser', async () => {
		const png = await renderCard(card);
		assert.deepEqual([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');
		assert.deepEqual(pngSize(png), [CARD_WIDTH, CARD_HEIGHT]);
	});

	test('show their text: a longer title draws more ink', async () => {
		const short = await renderCard({ ...card, title: 'IAM' });
		const long = await renderCard({ ...card, title: 'Identity and Access Management roles' });
		assert.notDeepEqual(short, long);
		assert.ok(long.length > short.length, `${long.length} > ${short.length}`);
	});

	test('fail on a character the card font lacks, naming it, instead of dropping it', async () => {
		await assert.rejects(
			renderCard({ ...card, title: 'Compliance 合规' }),
			(error: unknown) =>
				error instanceof CardError && /no glyph in the card font .* for "合规"/.test(error.message),
		);
	});

	test('are keyed by their content', () => {
		assert.equal(cardKey(card), cardKey({ ...card }));
		assert.notEqual(cardKey(card), cardKey({ ...card, topic: `${card.topic} More.` }));
		assert.notEqual(cardKey(card), cardKey({ ...card, title: 'AWS Organisations' }));
	});
});
