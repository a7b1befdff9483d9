import type { Paginator } from '@fitlink/core';

/** What {@link readPaginatorUntil} read, and where to resume. */
export interface ReadUntilResult<T, C> {
  /** The items read before the loop stopped. */
  readonly seen: T[];
  /** The paginator's cursor after the stop, as a saved (JSON round-tripped) value. */
  readonly cursor: C | undefined;
}

/**
 * Reads a paginator the way an interrupted sync does, for resume tests: stops at the first item
 * of the next page (when `count` is absent) or after `count` items, and returns what was read
 * and the cursor as an app would save it (through JSON).
 *
 * @param list - The paginator, before iteration.
 * @param stop - Stop after this many items instead of at the page boundary.
 * @example
 * ```ts
 * const { seen, cursor } = await readPaginatorUntil(client.listActivities(range));
 * const rest = await client.listActivities({ ...range, cursor }).toArray({ limit: Infinity });
 * ```
 */
export async function readPaginatorUntil<T, C>(
  list: Paginator<T, C>,
  stop: { count?: number } = {},
): Promise<ReadUntilResult<T, C>> {
  const seen: T[] = [];
  const start = JSON.stringify(list.cursor ?? null);
  for await (const item of list) {
    if (stop.count === undefined && JSON.stringify(list.cursor ?? null) !== start) break;
    seen.push(item);
    if (seen.length === stop.count) break;
  }
  const cursor =
    list.cursor === undefined ? undefined : (JSON.parse(JSON.stringify(list.cursor)) as C);
  return { seen, cursor };
}
