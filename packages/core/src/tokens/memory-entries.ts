/** A value with the version it was written at. */
export interface VersionedEntry<T> {
  /** The value. */
  value: T;
  /** Its version. */
  version: string;
}

/** What {@link MemoryEntries.compareAndSet} answers. */
export type EntryWriteResult<T> =
  | { ok: true; version: string }
  | { ok: false; current: VersionedEntry<T> | undefined };

/** A versioned `Map` behind the memory stores: every write gets a new version. */
export interface MemoryEntries<T> {
  /** A copy of the value under `key`. */
  get(key: string): T | undefined;
  /** A copy of the value under `key` with its version. */
  getVersioned(key: string): VersionedEntry<T> | undefined;
  /** Stores a copy of `value` under a new version. */
  set(key: string, value: T): string;
  /** Removes `key`. */
  delete(key: string): void;
  /** Writes only when the stored version is `expected` (`undefined`: nothing stored). */
  compareAndSet(key: string, expected: string | undefined, value: T): EntryWriteResult<T>;
  /** The keys holding a value. */
  keys(): string[];
}

/**
 * Creates the versioned map the memory stores keep their values in. Versions come from one
 * counter per map, so a key deleted and written again never gets a version it had before.
 * Each method runs without `await`, so a compare-and-set is atomic in the process.
 *
 * @param copy - Copies a value in and out (so callers never share stored objects).
 * @example
 * ```ts
 * const entries = createMemoryEntries<string>((value) => value);
 * const version = entries.set('k', 'a');
 * entries.compareAndSet('k', version, 'b'); // { ok: true, version: '2' }
 * ```
 */
export function createMemoryEntries<T>(copy: (value: T) => T): MemoryEntries<T> {
  const entries = new Map<string, VersionedEntry<T>>();
  let counter = 0;
  const read = (key: string): VersionedEntry<T> | undefined => {
    const entry = entries.get(key);
    return entry === undefined ? undefined : { value: copy(entry.value), version: entry.version };
  };
  const write = (key: string, value: T): string => {
    const version = String(++counter);
    entries.set(key, { value: copy(value), version });
    return version;
  };
  return {
    get: (key) => read(key)?.value,
    getVersioned: read,
    set: write,
    delete: (key) => {
      entries.delete(key);
    },
    compareAndSet(key, expected, value) {
      const current = entries.get(key);
      if (current?.version !== expected) return { ok: false, current: read(key) };
      return { ok: true, version: write(key, value) };
    },
    keys: () => [...entries.keys()],
  };
}
