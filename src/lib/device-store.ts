/**
 * Study progress kept on the reader's device: one localStorage key per store, holding
 * `{ "version": n, "data": … }`. Nothing here talks to a network.
 *
 * Loading never throws. Known older versions are migrated step by step; a value that cannot be
 * read (not JSON, an unknown version, data that fails the store's check) is copied to a
 * set-aside key, so the reader's old progress is not lost, and the store starts empty, with a
 * status the page shows. Where storage is blocked (some private modes), the store works in memory
 * for the visit and says so.
 */

/** What one store holds and how to read it. */
export interface StoreSpec<T> {
	/** The localStorage key, such as `asn:flashcards`. */
	key: string;
	/** The version this code writes. */
	version: number;
	/** A fresh, empty value. */
	empty: () => T;
	/** Checks data of the current version: the value, or undefined when it is not valid. */
	parse: (data: unknown) => T | undefined;
	/**
	 * Steps from older versions: `migrations[n]` turns version n's data into version n + 1's.
	 * It may throw on data it cannot read; the value is then set aside.
	 */
	migrations?: Readonly<Record<number, (data: unknown) => unknown>>;
}

/** How a load went, for the page to tell the reader. */
export type LoadStatus =
	| { kind: 'empty' }
	| { kind: 'loaded' }
	| { kind: 'migrated'; from: number }
	| { kind: 'set-aside'; setAsideKey: string; reason: string }
	| { kind: 'unavailable' };

export interface Loaded<T> {
	value: T;
	status: LoadStatus;
}

/** The parts of the Web Storage API a store uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The page's localStorage, or undefined where reading it throws (storage blocked). */
export function deviceStorage(): StorageLike | undefined {
	try {
		const storage = globalThis.localStorage;
		// Touching it is what throws in some private modes.
		storage.getItem('asn:probe');
		return storage;
	} catch {
		return undefined;
	}
}

/** The set-aside key for a value that could not be read at `when`. */
export function setAsideKey(key: string, when: Date): string {
	return `${key}:set-aside:${when.toISOString()}`;
}

/** Why `raw` is not a readable value of `spec`, or its value (migrated if it was older). */
function read<T>(
	spec: StoreSpec<T>,
	raw: string,
): { value: T; from?: number } | { reason: string } {
	let envelope: unknown;
	try {
		envelope = JSON.parse(raw);
	} catch {
		return { reason: 'it is not valid JSON' };
	}
	if (typeof envelope !== 'object' || envelope === null || !('version' in envelope)) {
		return { reason: 'it has no version number' };
	}
	const { version } = envelope as { version: unknown };
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { reason: `its version (${JSON.stringify(version)}) is not a whole number from 1` };
	}
	if (version > spec.version) {
		return {
			reason: `it was saved by a newer version of the site (version ${version}; this page reads up to ${spec.version})`,
		};
	}
	let data: unknown = (envelope as { data?: unknown }).data;
	for (let step = version; step < spec.version; step++) {
		const migrate = spec.migrations?.[step];
		if (!migrate) return { reason: `version ${step} cannot be upgraded` };
		try {
			data = migrate(data);
		} catch (error) {
			return {
				reason: `upgrading it from version ${step} failed: ${error instanceof Error ? error.message : String(error)}`,
			};
		}
	}
	const value = spec.parse(data);
	if (value === undefined) return { reason: `its contents do not match version ${spec.version}` };
	return version < spec.version ? { value, from: version } : { value };
}

/** Reads a store. Never throws. */
export function loadStore<T>(
	spec: StoreSpec<T>,
	storage: StorageLike | undefined = deviceStorage(),
	now: Date = new Date(),
): Loaded<T> {
	if (!storage) return { value: spec.empty(), status: { kind: 'unavailable' } };
	let raw: string | null;
	try {
		raw = storage.getItem(spec.key);
	} catch {
		return { value: spec.empty(), status: { kind: 'unavailable' } };
	}
	if (raw === null) return { value: spec.empty(), status: { kind: 'empty' } };
	const result = read(spec, raw);
	if ('value' in result) {
		if (result.from === undefined) return { value: result.value, status: { kind: 'loaded' } };
		// Write the upgraded value back, so the old format is read only once.
		saveStore(spec, result.value, storage);
		return { value: result.value, status: { kind: 'migrated', from: result.from } };
	}
	const aside = setAsideKey(spec.key, now);
	try {
		storage.setItem(aside, raw);
		storage.removeItem(spec.key);
	} catch {
		// Storage full or blocked: the old value stays where it is, and the page starts empty.
	}
	return {
		value: spec.empty(),
		status: { kind: 'set-aside', setAsideKey: aside, reason: result.reason },
	};
}

/** Saves a store's value; false when storage is blocked or full. */
export function saveStore<T>(
	spec: StoreSpec<T>,
	value: T,
	storage: StorageLike | undefined = deviceStorage(),
): boolean {
	if (!storage) return false;
	try {
		storage.setItem(spec.key, JSON.stringify({ version: spec.version, data: value }));
		return true;
	} catch {
		return false;
	}
}

/** Removes a store's value (a reset); set-aside copies stay. */
export function clearStore(
	spec: Pick<StoreSpec<unknown>, 'key'>,
	storage: StorageLike | undefined = deviceStorage(),
): void {
	try {
		storage?.removeItem(spec.key);
	} catch {
		// Nothing to clear where storage is blocked.
	}
}

/** One sentence for the reader about a load that did not simply work, or undefined. */
export function statusMessage(status: LoadStatus, what: string): string | undefined {
	switch (status.kind) {
		case 'set-aside':
			return `Your saved ${what} could not be read, because ${status.reason}. It was kept under the browser storage key “${status.setAsideKey}”, and ${what} starts again from empty.`;
		case 'unavailable':
			return `This browser does not let the site store anything, so your ${what} lasts only until you leave the page.`;
		default:
			return undefined;
	}
}
