import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { after, describe, test } from 'node:test';
import {
	checkSelfCheckSections,
	loadSelfChecks,
} from '../../../src/features/self-check/load-self-checks.ts';
import { topics } from '../../../src/lib/topics.ts';
import { makeTempDir, removeTempDirs } from '../../support/temp-files.ts';
import { testSite } from '../../support/unit-site.ts';

after(removeTempDirs);

const SOURCE = {
	title: 'Service control policies (SCPs) (AWS Organizations User Guide)',
	url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html',
};

const question = (id: string, fields: Record<string, unknown> = {}) => ({
	id,
	type: 'single',
	prompt: 'A team needs to stop member accounts from leaving the organization. What should it do?',
	options: [
		{ text: 'Attach an SCP to the root', correct: true },
		{ text: 'Attach a tag policy', correct: false },
		{ text: 'Delete the root user', correct: false },
	],
	explanation: 'An SCP applies to every member account, and no IAM policy there overrides it.',
	section: 'organizations#service-control-policies-scps',
	sources: [SOURCE],
	...fields,
});

const six = (prefix: string) => Array.from({ length: 6 }, (_, i) => question(`${prefix}-${i + 1}`));

/** A folder holding the given files as JSON (or as written, for a string). */
async function folder(files: Record<string, unknown>): Promise<string> {
	const dir = await makeTempDir('self-checks');
	await mkdir(dir, { recursive: true });
	for (const [name, value] of Object.entries(files))
		await writeFile(
			join(dir, name),
			typeof value === 'string' ? value : JSON.stringify(value, null, 2),
		);
	return dir;
}

/** The message loadSelfChecks throws for these files, and the folder as it names it. */
async function problems(
	files: Record<string, unknown>,
	pages: string[] = ['organizations'],
): Promise<{ message: string; at: string }> {
	const dir = await folder(files);
	try {
		loadSelfChecks(dir, pages);
	} catch (error) {
		return { message: (error as Error).message, at: relative(process.cwd(), dir) };
	}
	throw new Error('loadSelfChecks accepted the files');
}

describe('loadSelfChecks', () => {
	test("loads each topic page's questions with their page", async () => {
		const [check] = loadSelfChecks(await folder({ 'organizations.json': six('q') }), [
			'organizations',
		]);
		assert.equal(check?.page, 'organizations');
		assert.equal(check?.questions.length, 6);
		assert.equal(check?.questions[0]?.page, 'organizations');
		assert.equal(check?.sectionLines[0], 21);
	});

	test('the real self-checks are valid: every topic has at least six, some multiple choice, mostly scenarios', () => {
		const checks = loadSelfChecks(
			join(process.cwd(), 'src/data/self-checks'),
			topics.map((t) => t.slug),
		);
		assert.deepEqual(checks.map((c) => c.page).sort(), topics.map((t) => t.slug).sort());
		const all = checks.flatMap((c) => c.questions);
		for (const check of checks) assert.ok(check.questions.length >= 6, check.page);
		assert.ok(all.filter((q) => q.type === 'multiple').length >= 6);
		// A scenario sets a scene ("A company…", "An SCP attached to…") before it asks.
		const scenarios = all.filter((q) => /^(A|An)\s/.test(q.prompt) && /[.:]\s/.test(q.prompt));
		assert.ok(scenarios.length > all.length / 2, `${scenarios.length} of ${all.length}`);
	});

	test('fails on a single-choice question with two correct options, at the options line', async () => {
		const bad = question('q-1', {
			options: [
				{ text: 'A', correct: true },
				{ text: 'B', correct: true },
				{ text: 'C', correct: false },
			],
		});
		const { message, at } = await problems({ 'organizations.json': [bad, ...six('r').slice(1)] });
		assert.match(
			message,
			new RegExp(
				`${at}/organizations\\.json:6: q-1: options: a single-choice question has exactly one correct option, not 2`,
			),
		);
	});

	test('fails on a multiple-choice question with one correct option, and on all options correct', async () => {
		const one = question('q-1', { type: 'multiple' });
		const all = question('q-2', {
			type: 'multiple',
			options: [
				{ text: 'A', correct: true },
				{ text: 'B', correct: true },
				{ text: 'C', correct: true },
			],
		});
		const { message } = await problems({ 'organizations.json': [one, all, ...six('r')] });
		assert.match(
			message,
			/q-1: options: a multiple-choice question has at least two correct options, not 1/,
		);
		assert.match(message, /q-2: options: every option is correct: add at least one wrong option/);
	});

	test('fails on too few or too many options, and on an option offered twice', async () => {
		const few = question('q-1', {
			options: [
				{ text: 'A', correct: true },
				{ text: 'B', correct: false },
			],
		});
		const many = question('q-2', {
			options: ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((text, i) => ({ text, correct: i === 0 })),
		});
		const twice = question('q-3', {
			options: [
				{ text: 'Same', correct: true },
				{ text: 'same', correct: false },
				{ text: 'Other', correct: false },
			],
		});
		const { message, at } = await problems({
			'organizations.json': [few, many, twice, ...six('r')],
		});
		assert.match(message, /q-1: options: offer at least 3 options/);
		assert.match(message, /q-2: options: offer at most 6 options/);
		assert.match(
			message,
			new RegExp(
				`${at}/organizations\\.json:\\d+: q-3: options\\.1\\.text: "same" is offered twice`,
			),
		);
	});

	test('fails on a missing explanation, an unknown type or field, a bad id and a malformed section, each at its line', async () => {
		const { explanation: _, ...noExplanation } = question('q-1');
		const { message } = await problems({
			'organizations.json': [
				noExplanation,
				question('q-2', { type: 'true-false' }),
				question('q-3', { hint: 'x' }),
				question('Q 4'),
				question('q-5', { section: 'organizations' }),
				question('q-6', { explanation: '  ' }),
				...six('r'),
			],
		});
		assert.match(message, /:3: q-1: explanation: is missing: add why the right answer is right/);
		assert.match(
			message,
			/q-2: type: must be "single" \(one right option\) or "multiple" \(two or more\), not "true-false"/,
		);
		assert.match(message, /q-3: hint: is not a question field: remove it or fix its spelling/);
		assert.match(message, /Q 4: id: must be lowercase kebab-case/);
		assert.match(message, /q-5: section: sections look like `page#heading-id`/);
		assert.match(message, /q-6: explanation: is empty: write why the right answer is right/);
	});

	test('fails on a repeated id in a file', async () => {
		const { message } = await problems({ 'organizations.json': [...six('q'), question('q-1')] });
		assert.match(
			message,
			/organizations\.json:165: q-1: id: duplicate id "q-1", already the id of entry 1: give each question its own id/,
		);
	});

	test('fails on an id another self-check already has', async () => {
		const { message, at } = await problems(
			{ 'iam.json': [...six('i'), question('q-2')], 'organizations.json': six('q') },
			['iam', 'organizations'],
		);
		assert.match(
			message,
			new RegExp(
				`${at}/organizations\\.json:\\d+: q-2: id: duplicate id "q-2", already a question in ${at}/iam\\.json`,
			),
		);
	});

	test('fails on a topic with fewer than six questions, a topic with no file, and a file for a page that is not a topic', async () => {
		const { message, at } = await problems(
			{ 'organizations.json': six('q').slice(0, 5), 'glossary.json': six('g') },
			['iam', 'organizations'],
		);
		assert.match(
			message,
			new RegExp(
				`${at}/glossary\\.json:1: "glossary" is not a topic page, so it has no self-check: name the file after one of iam, organizations`,
			),
		);
		assert.match(
			message,
			new RegExp(
				`${at}/organizations\\.json:1: has 5 question\\(s\\): a topic's self-check needs at least 6`,
			),
		);
		assert.match(
			message,
			new RegExp(
				`${at}/iam\\.json: missing: the topic page "iam" needs a self-check of at least 6 questions`,
			),
		);
	});

	test('fails on invalid JSON, naming the file', async () => {
		const { message, at } = await problems({ 'organizations.json': '[{"id": }' });
		assert.match(message, new RegExp(`${at}/organizations\\.json: invalid JSON`));
	});
});

describe('checkSelfCheckSections', () => {
	test("gives each question its section's title", async () => {
		const checks = loadSelfChecks(await folder({ 'organizations.json': six('q') }), [
			'organizations',
		]);
		checkSelfCheckSections(testSite(), checks);
		assert.equal(checks[0]?.questions[0]?.sectionTitle, 'Service control policies (SCPs)');
	});

	test('fails on an unknown heading or page at the line of section, naming the closest', async () => {
		const questions = [
			question('q-1', { section: 'organizations#service-control-policy' }),
			question('q-2', { section: 'organisations#consolidated-billing' }),
			...six('r').slice(2),
		];
		const dir = await folder({ 'organizations.json': questions });
		const checks = loadSelfChecks(dir, ['organizations']);
		const at = relative(process.cwd(), dir);
		assert.throws(
			() => checkSelfCheckSections(testSite(), checks),
			(error: Error) => {
				assert.match(
					error.message,
					new RegExp(
						`${at}/organizations\\.json:21: q-1: section: "organizations#service-control-policy" is not a section of this site: "organizations" has no heading "#service-control-policy"; the closest heading is "organizations#service-control-policies-scps"`,
					),
				);
				assert.match(
					error.message,
					/organizations\.json:48: q-2: section: "organisations#consolidated-billing" is not a section of this site: there is no page "organisations"; the closest page is "organizations"/,
				);
				return true;
			},
		);
	});
});
