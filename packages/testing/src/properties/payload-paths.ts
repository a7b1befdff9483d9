/** A place in a JSON payload: object keys and array indexes from the root. */
export type PayloadPath = readonly (string | number)[];

// Long arrays (a recording of thousands of samples) are visited at a few indexes only, so the
// number of places stays small and every place keeps a fair chance of being picked.
const VISITED_INDEXES = 3;
const MAX_DEPTH = 8;

/**
 * Every place in a payload below the root, depth first: object fields, and for arrays the
 * first indexes and the last one.
 *
 * @param value - A JSON value.
 */
export function payloadPaths(value: unknown): PayloadPath[] {
  const paths: PayloadPath[] = [];
  const visit = (node: unknown, path: PayloadPath): void => {
    if (path.length > 0) paths.push(path);
    if (path.length >= MAX_DEPTH || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      const indexes = new Set<number>();
      for (let index = 0; index < Math.min(VISITED_INDEXES, node.length); index += 1)
        indexes.add(index);
      if (node.length > 0) indexes.add(node.length - 1);
      for (const index of indexes) visit(node[index], [...path, index]);
      return;
    }
    for (const [key, child] of Object.entries(node)) visit(child, [...path, key]);
  };
  visit(value, []);
  return paths;
}

/** The value at a place, or `undefined` when the place does not exist. */
export function valueAt(root: unknown, path: PayloadPath): unknown {
  let node = root;
  for (const part of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/** Marks a place to remove: an object field is deleted, an array element is spliced out. */
export const REMOVE: unique symbol = Symbol('remove');

/**
 * Replaces (or removes, with {@link REMOVE}) the value at a place, in place. A place whose
 * parent is gone is left alone.
 */
export function replaceAt(root: unknown, path: PayloadPath, next: unknown): void {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (key === undefined || typeof parent !== 'object' || parent === null) return;
  if (Array.isArray(parent) && typeof key === 'number') {
    if (next === REMOVE) parent.splice(key, 1);
    else parent[key] = next;
    return;
  }
  const record = parent as Record<string | number, unknown>;
  if (next === REMOVE) delete record[key];
  else record[key] = next;
}
