import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { checkExamCoverage, loadExams } from '../../../src/features/exam-tips/load-exams.ts';
import { removeTempDirs, writeTempJson } from '../../support/temp-files.ts';
import { testSite } from '../../support/unit-site.ts';

after(removeTempDirs);

const domain = (fields: Record<string, unknown> = {}) => ({
	number: 1,
	title: 'Identity and Access Management',
	weight: 100,
	tasks: [{ id: '1.1', title: 'Design authorization strategies' }],
	coverage: ['iam#iam-roles', 'organizations#service-control-policies-scps'],
	...fields,
});

const exam = (fields: Record<string, unknown> = {}) => ({
	code: 'SCS-C03',
	name: 'AWS Certified Security – Specialty',
	level: 'Specialty',
	launched: '2025-12-02',
	replaces: { code: 'SCS-C02', lastExamDay: '2025-12-01' },
	domains: [domain()],
	sources: [
		{
			title: 'AWS Certified Security – Specialty (SCS-C03) exam guide (AWS Certification)',
			url: 'https://docs.aws.amazon.com/aws-certification/latest/security-specialty-03/security-specialty-03.html',
		},
	],
	...fields,
});

/** The message loadExams throws for these exams. */
async function problems(exams: unknown): Promise<string> {
	const file = await writeTempJson('exams.json', exams);
	try {
		loadExams(file);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('loadExams accepted the exams');
}

describe('loadExams', () => {
	test('loads the exams with their domains, and the real list is valid', async () => {
		const [loaded] = loadExams(await writeTempJson('exams.json', [exam()]));
		assert.equal(loaded?.code, 'SCS-C03');
		assert.equal(loaded?.domains[0]?.coverage?.length, 2);
		const real = loadExams(new URL('../../../src/data/exams.json', import.meta.url).pathname);
		assert.deepEqual(
			real.map((e) => e.code),
			['CLF-C02', 'SCS-C03'],
		);
	});

	test('reports a nested field at its own line, named by the exam code', async () => {
		const exams = [
			exam({
				domains: [
					domain({ weight: 60 }),
					domain({ number: 2, weight: 40, tasks: [{ id: '2.1', title: '' }] }),
				],
			}),
		];
		const message = await problems(exams);
		const text = JSON.stringify(exams, null, 2).split('\n');
		const line = text.findIndex((l) => l.includes('"title": ""')) + 1;
		assert.match(
			message,
			new RegExp(`exams\\.json:${line}: SCS-C03: domains\\.1\\.tasks\\.0\\.title: is empty`),
		);
	});

	test('rejects weights that do not add up to 100, and domains out of order', async () => {
		const message = await problems([
			exam({ domains: [domain({ weight: 60 }), domain({ number: 3, weight: 30 })] }),
		]);
		assert.match(message, /SCS-C03: domains: the weights add up to 90%, not 100%/);
		assert.match(message, /SCS-C03: domains\.1\.number: is 3, but this is domain 2/);
	});

	test('needs either the covering sections or "covered": false with a note', async () => {
		const message = await problems([
			exam({
				domains: [
					domain({ coverage: undefined, weight: 50 }),
					domain({ number: 2, weight: 30, coverage: undefined, covered: false }),
					domain({ number: 3, weight: 20, covered: false }),
				],
			}),
		]);
		assert.match(
			message,
			/domains\.0\.coverage: is missing: list the sections that cover the domain/,
		);
		assert.match(
			message,
			/domains\.1\.note: is missing: say in one sentence why the site does not cover/,
		);
		assert.match(
			message,
			/domains\.2\.covered: a domain either lists the sections that cover it or is "covered": false, not both/,
		);
	});

	test('rejects a malformed code, a repeated one and a current exam listed as replaced', async () => {
		const message = await problems([
			exam({ code: 'scs-c03' }),
			exam({ code: 'CLF-C02' }),
			exam({ code: 'CLF-C02', replaces: { code: 'SCS-C03' } }),
			exam({ code: 'SCS-C03' }),
		]);
		assert.match(message, /exams\.json:3: scs-c03: code: exam codes are written like "SCS-C03"/);
		assert.match(message, /CLF-C02: code: duplicate code "CLF-C02", already the code of entry 2/);
		assert.match(message, /CLF-C02: replaces: "SCS-C03" is listed as a current exam too/);
	});

	test('rejects a task numbered for another domain and a field the schema does not know', async () => {
		const message = await problems([
			exam({ domains: [domain({ tasks: [{ id: '2.1', title: 'A task' }], weights: 1 })] }),
		]);
		assert.match(message, /domains\.0\.tasks\.0\.id: task 2\.1 is not in domain 1: number it 1\.1/);
		assert.match(message, /domains\.0\.weights: is not a domain field/);
	});
});

describe('checkExamCoverage', () => {
	test('accepts sections that exist', async () => {
		const file = await writeTempJson('exams.json', [exam()]);
		checkExamCoverage(testSite(), loadExams(file), file);
	});

	test('names a section that does not exist at its line, with the headings its page has', async () => {
		const file = await writeTempJson('exams.json', [
			exam({ domains: [domain({ coverage: ['iam#iam-roles', 'iam#iam-groups'] })] }),
		]);
		const line =
			readFileSync(file, 'utf8')
				.split('\n')
				.findIndex((l) => l.includes('"iam#iam-groups"')) + 1;
		assert.throws(
			() => checkExamCoverage(testSite(), loadExams(file), file),
			(error: Error) => {
				assert.match(
					error.message,
					new RegExp(
						`exams\\.json:${line}: SCS-C03: domains\\.0\\.coverage\\.1: "iam#iam-groups" is not a section of this site: "iam" has no heading "#iam-groups"; its heading ids are iam-roles, trust-policy`,
					),
				);
				return true;
			},
		);
	});
});
