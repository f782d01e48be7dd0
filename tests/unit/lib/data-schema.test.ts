import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { calendarDay } from '../../../src/lib/data-schema.ts';

const messages = (schema: ReturnType<typeof calendarDay>, value: unknown) => {
	const result = schema.safeParse(value);
	return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('calendarDay', () => {
	const day = calendarDay('a day as "YYYY-MM-DD"', '2025-12-02');

	test('accepts a real day and names the form for anything else', () => {
		assert.deepEqual(messages(day, '2024-02-29'), []);
		assert.deepEqual(messages(day, '2 Dec 2025'), [
			'write the day as "YYYY-MM-DD", such as "2025-12-02"',
		]);
		assert.deepEqual(messages(day, '2025-02-30'), ['is not a calendar day']);
		assert.deepEqual(messages(day, '2025-13-45'), ['is not a calendar day']);
	});

	test('applies a further rule with its own message', () => {
		const past = calendarDay('the day', '2026-12-01', {
			check: (value) => value <= '2026-12-01',
			message: 'is in the future',
		});
		assert.deepEqual(messages(past, '2026-12-01'), []);
		assert.deepEqual(messages(past, '2027-01-01'), ['is in the future']);
	});
});
