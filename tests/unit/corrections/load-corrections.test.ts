import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { loadCorrections } from '../../../src/features/corrections/load-corrections.ts';
import { removeTempDirs, writeTempJson } from '../../support/temp-files.ts';
import { testSite } from '../../support/unit-site.ts';

after(removeTempDirs);

const entry = (fields: Record<string, unknown> = {}) => ({
	id: 'scps-never-grant',
	date: '2026-12-01',
	page: 'organizations',
	section: 'service-control-policies-scps',
	kind: 'imprecise',
	summary: 'SCPs set the maximum permissions and never grant any.',
	was: 'The page said an SCP allows actions.',
	now: 'The page says an SCP only limits what IAM policies can grant.',
	sources: [
		{
			title: 'Service control policies (AWS Organizations User Guide)',
			url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html',
		},
	],
	...fields,
});

/** The message loadCorrections throws for these entries. */
async function problems(entries: unknown[]): Promise<string> {
	const file = await writeTempJson('corrections.json', entries);
	try {
		loadCorrections(testSite(), file);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('loadCorrections accepted the entries');
}

describe('loadCorrections', () => {
	test('loads entries whose page and section exist', async () => {
		const file = await writeTempJson('corrections.json', [entry()]);
		const [loaded] = loadCorrections(testSite(), file);
		assert.equal(loaded?.id, 'scps-never-grant');
		assert.equal(loaded?.sources[0]?.nonAws, false);
	});

	test('names a section that does not exist, at its line, with the headings there are', async () => {
		const message = await problems([entry({ section: 'scp-basics' })]);
		assert.match(
			message,
			/corrections\.json:6: scps-never-grant: section: "organizations" has no heading "#scp-basics"; its heading ids are service-control-policies-scps, consolidated-billing/,
		);
	});

	test('rejects an unknown kind and a future date', async () => {
		const message = await problems([
			entry({ id: 'a', kind: 'typo' }),
			entry({ id: 'b', date: '2999-01-01' }),
		]);
		assert.match(message, /a: kind: must be one of error, imprecise, outdated/);
		assert.match(message, /b: date: is in the future/);
	});

	test('rejects a list that is not newest first, at the later date', async () => {
		const message = await problems([entry({ id: 'a' }), entry({ id: 'b', date: '2026-12-02' })]);
		assert.match(
			message,
			/:20: b: date: 2026-12-02 is newer than the entry before it \(2026-12-01\)/,
		);
	});

	test('rejects a duplicate id and an unmarked non-AWS source', async () => {
		const message = await problems([
			entry(),
			entry({ sources: [{ title: 'A blog post', url: 'https://example.com/post' }] }),
		]);
		assert.match(message, /scps-never-grant: id: duplicate id "scps-never-grant"/);
		assert.match(
			message,
			/sources\.0\.url: the source https:\/\/example\.com\/post is not AWS documentation.*with "nonAws": true/,
		);
	});
});
