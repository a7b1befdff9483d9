/**
 * msw, under `@fitlink/testing`, keeps its cookie store in `localStorage` on any runtime it does
 * not take for Node, and refuses to load where there is none, which is the case in Cloudflare
 * Workers. Imported before the sandbox, this gives it an in-memory one. The SDK packages
 * themselves need nothing of the sort.
 */
const global = globalThis as { localStorage?: unknown };
if (global.localStorage === undefined) {
  const items = new Map<string, string>();
  global.localStorage = {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
}
