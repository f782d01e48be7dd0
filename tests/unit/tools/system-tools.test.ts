import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canUseApt, ensureSystemTools, systemTools } from '../../../src/tools/system-tools.ts';

/** A machine where `apt-get install` puts each package's binary on disk, as Debian's would. */
function machine(files: string[], options: { aptWorks?: boolean } = {}) {
	const disk = new Set(files);
	const binaries: Record<string, string> = {
		chromium: '/usr/bin/chromium',
		'default-jre-headless': '/usr/bin/java',
	};
	const commands: string[] = [];
	const lines: string[] = [];
	const problems: string[] = [];
	return {
		commands,
		lines,
		problems,
		tools: systemTools({ env: { PATH: '/usr/local/bin' }, exists: (path) => disk.has(path) }),
		options: {
			canUseApt: true,
			run: (command: string, args: string[]) => {
				commands.push([command, ...args].join(' '));
				if (options.aptWorks === false) throw new Error(`${command} ${args.join(' ')} failed`);
				if (args[0] === 'install')
					for (const name of args.slice(1)) disk.add(binaries[name] ?? name);
			},
			log: (line: string) => lines.push(line),
			warn: (line: string) => problems.push(line),
		},
	};
}

describe('ensureSystemTools', () => {
	test('installs nothing when Chromium and Java are both there', () => {
		const m = machine(['/usr/bin/chromium', '/usr/bin/java']);
		assert.deepEqual(ensureSystemTools(m.tools, m.options), []);
		assert.deepEqual(m.commands, []);
		assert.deepEqual(m.lines, ['Chromium: /usr/bin/chromium', 'Java: /usr/bin/java']);
	});

	test("installs Debian's headless JRE, and only that, when Java is missing", () => {
		const m = machine(['/usr/bin/chromium']);
		assert.deepEqual(ensureSystemTools(m.tools, m.options), []);
		assert.deepEqual(m.commands, [
			'apt-get update -qq',
			'apt-get install -y -qq --no-install-recommends default-jre-headless',
		]);
		assert.equal(m.lines.at(-1), 'Java: /usr/bin/java');
		assert.deepEqual(m.problems, []);
	});

	test('installs both packages with one apt-get run when both are missing', () => {
		const m = machine([]);
		assert.deepEqual(ensureSystemTools(m.tools, m.options), []);
		assert.deepEqual(m.commands, [
			'apt-get update -qq',
			'apt-get install -y -qq --no-install-recommends chromium default-jre-headless',
		]);
	});

	test('without apt, prints how to get each missing tool and returns them', () => {
		const m = machine(['/usr/bin/chromium']);
		const missing = ensureSystemTools(m.tools, { ...m.options, canUseApt: false });
		assert.deepEqual(
			missing.map((tool) => [tool.name, tool.neededBy]),
			[['Java', 'tests']],
		);
		assert.deepEqual(m.commands, []);
		assert.equal(m.problems.length, 1);
		assert.match(m.problems[0] ?? '', /No Java found/);
	});

	test('a Chromium that is still missing after apt-get is reported as needed by the build', () => {
		const m = machine(['/usr/bin/java']);
		m.options.run = (command, args) => void m.commands.push([command, ...args].join(' '));
		const missing = ensureSystemTools(m.tools, m.options);
		assert.deepEqual(
			missing.map((tool) => [tool.name, tool.neededBy]),
			[['Chromium', 'build']],
		);
		assert.match(m.problems[0] ?? '', /No Chromium found/);
	});

	test('a failing apt-get stops the install with the command that failed', () => {
		const m = machine([], { aptWorks: false });
		assert.throws(() => ensureSystemTools(m.tools, m.options), /apt-get update -qq failed/);
	});
});

describe('canUseApt', () => {
	const debian = (path: string) => ['/etc/debian_version', '/usr/bin/apt-get'].includes(path);

	test('allows apt-get on Debian or Ubuntu as root', () => {
		assert.equal(canUseApt({ platform: 'linux', uid: 0, exists: debian }), true);
	});

	test('refuses it to other users, other systems and Linux without apt-get', () => {
		assert.equal(canUseApt({ platform: 'linux', uid: 1000, exists: debian }), false);
		assert.equal(canUseApt({ platform: 'darwin', uid: 0, exists: debian }), false);
		assert.equal(canUseApt({ platform: 'win32', uid: undefined, exists: debian }), false);
		assert.equal(canUseApt({ platform: 'linux', uid: 0, exists: () => false }), false);
	});
});
