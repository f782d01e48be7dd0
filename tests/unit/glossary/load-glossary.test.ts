import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { loadGlossary } from '../../../src/features/glossary/load-glossary.ts';
import { GlossarySchema } from '../../../src/features/glossary/glossary-schema.ts';
import { term, testSite } from '../../support/unit-site.ts';
import { removeTempDirs, writeTempJson } from '../../support/temp-files.ts';

const scp = term({
	id: 'scp',
	term: 'Service control policy',
	acronym: 'SCP',
	target: 'organizations#service-control-policies-scps',
});
const role = term({ id: 'iam-role', term: 'IAM role', target: 'iam#iam-roles', seeAlso: ['scp'] });

const issues = (entries: unknown[]) => {
	const result = GlossarySchema.safeParse(entries);
	assert.equal(result.success, false);
	return result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('GlossarySchema', () => {
	test('accepts a consistent glossary', () => {
		assert.equal(GlossarySchema.safeParse([scp, role]).success, true);
	});

	test('rejects a duplicate id', () => {
		assert.deepEqual(issues([scp, { ...role, id: 'scp', term: 'Other' }]), [
			'1.id: duplicate id "scp", already the id of entry 1: give each entry its own id',
			'1.seeAlso: an entry cannot see-also itself: remove its own id',
		]);
	});

	test('rejects an alias that already names another entry, in any case', () => {
		assert.deepEqual(issues([scp, { ...role, aliases: ['scp'] }]), [
			'1.aliases: "scp" already names "scp": keep it in one entry only',
		]);
	});

	test('rejects a see-also that is not a glossary id', () => {
		assert.deepEqual(issues([scp, { ...role, seeAlso: ['nope'] }]), [
			'1.seeAlso: see-also "nope" is not a glossary id: use the id of an existing entry, or remove it',
		]);
	});

	test('rejects unknown fields and malformed targets', () => {
		const unknown = GlossarySchema.safeParse([{ ...scp, colour: 'red' }]).error?.issues[0];
		assert.deepEqual(unknown?.code === 'unrecognized_keys' && unknown.keys, ['colour']);
		assert.match(
			issues([{ ...scp, target: 'organizations' }]).join('\n'),
			/target: targets look like/,
		);
	});
});

describe('loadGlossary', () => {
	after(removeTempDirs);
	const write = (entries: unknown[]) => writeTempJson('glossary.json', entries);

	test('returns the entries when every target exists', async () => {
		assert.equal(loadGlossary(testSite(), await write([scp, role])).length, 2);
	});

	test('fails on a target with no such section, naming the file line and the entry', async () => {
		const file = await write([scp, { ...role, target: 'iam#iam-rolez' }]);
		assert.throws(
			() => loadGlossary(testSite(), file),
			(error: Error) => {
				assert.match(
					error.message,
					/glossary\.json:\d+: iam-role: target: "iam#iam-rolez" is not a page section of this site/,
				);
				const line = Number(error.message.match(/glossary\.json:(\d+)/)![1]);
				assert.ok(line > 10, 'the line points at the second entry');
				return true;
			},
		);
	});

	test('fails on schema problems with the same file:line: entry form', async () => {
		const file = await write([scp, { ...role, seeAlso: ['ghost'] }]);
		assert.throws(
			() => loadGlossary(testSite(), file),
			/glossary\.json:\d+: iam-role: seeAlso: see-also "ghost"/,
		);
	});
});
