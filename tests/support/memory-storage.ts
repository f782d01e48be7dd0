import type { StorageLike } from '../../src/lib/device-store.ts';

/** An in-memory Web Storage for device-store tests, with its items open to inspection. */
export function memoryStorage(
	initial: Record<string, string> = {},
): StorageLike & { items: Map<string, string> } {
	const items = new Map(Object.entries(initial));
	return {
		items,
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => void items.set(key, value),
		removeItem: (key) => void items.delete(key),
	};
}
