import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findJava, JAVA_HELP } from '../../../src/lib/java.ts';

const existing =
	(...paths: string[]) =>
	(path: string) =>
		paths.includes(path);

describe('findJava', () => {
	test('prefers an explicit JAVA_PATH over java on PATH', () => {
		const found = findJava({
			env: { JAVA_PATH: '/opt/jdk/bin/java', PATH: '/usr/local/bin:/usr/bin' },
			exists: existing('/opt/jdk/bin/java', '/usr/bin/java'),
		});
		assert.deepEqual(found, { path: '/opt/jdk/bin/java', source: 'environment' });
	});

	test('fails loudly when JAVA_PATH names a missing file', () => {
		assert.throws(
			() => findJava({ env: { JAVA_PATH: '/nope' }, exists: existing('/usr/bin/java') }),
			/JAVA_PATH is set to "\/nope", but no file exists there/,
		);
	});

	test('takes the first java on PATH', () => {
		const found = findJava({
			env: { PATH: '/home/me/.sdkman/java/bin:/usr/local/bin:/usr/bin' },
			exists: existing('/usr/local/bin/java', '/usr/bin/java'),
		});
		assert.deepEqual(found, { path: '/usr/local/bin/java', source: 'path' });
	});

	test("falls back to Debian's /usr/bin/java when PATH has none", () => {
		const found = findJava({ env: { PATH: '/opt/bin' }, exists: existing('/usr/bin/java') });
		assert.deepEqual(found, { path: '/usr/bin/java', source: 'system' });
	});

	test('returns nothing when there is no Java, and the help says how to get one', () => {
		assert.equal(findJava({ env: { PATH: '/usr/bin' }, exists: existing() }), undefined);
		assert.match(JAVA_HELP, /apt-get install -y default-jre-headless/);
		assert.match(JAVA_HELP, /Java 17 or later/);
		assert.match(JAVA_HELP, /JAVA_PATH=/);
	});
});
