import {
  type CallOptions,
  ErrorCodes,
  FitlinkError,
  type HttpClient,
  type Paginator,
  pickCallOptions,
  type RouteDefinition,
  routePath,
  type TokenCursor,
  tokenPaging,
} from '@fitlink/core';
import type * as zc from 'zod/v4/core';
import { WHOOP_MAX_PAGE_SIZE } from '../endpoints.js';
import type { WhoopPage } from '../schemas/page.js';

/** Options of every WHOOP collection (`list`). */
export interface WhoopListOptions extends CallOptions {
  /** Records that end at or after this instant (WHOOP's `start`, inclusive). @defaultValue no lower bound */
  since?: Date;
  /** Records that start before this instant (WHOOP's `end`, exclusive). @defaultValue now */
  until?: Date;
  /** Records per request, 1–25. @defaultValue 25 (WHOOP's maximum, fewest requests) */
  pageSize?: number;
  /** Stop after this many pages; `cursor` then resumes. @defaultValue no limit */
  maxPages?: number;
  /** A saved {@link @fitlink/core!Paginator.cursor} to resume from. @defaultValue the first page */
  cursor?: TokenCursor;
}

/** Per-call options of a single read. */
export type WhoopCallOptions = CallOptions;

/** A collection route of the route table: its `response` is a WHOOP page schema. */
export type WhoopCollectionRoute<S extends zc.$ZodType<WhoopPage<unknown>>> = Pick<
  RouteDefinition,
  'method' | 'path'
> & { readonly response: S };

/** The record type of a page schema. */
type RecordOf<S extends zc.$ZodType> = zc.output<S> extends { records: (infer T)[] } ? T : never;

/**
 * Pages through a WHOOP collection with `limit`, `start`, `end` and `nextToken` (the query
 * parameter is camelCase, the response field `next_token` snake case), newest first.
 */
export function listCollection<S extends zc.$ZodType<WhoopPage<unknown>>>(
  http: HttpClient,
  route: WhoopCollectionRoute<S>,
  options: WhoopListOptions = {},
): Paginator<RecordOf<S>, TokenCursor> {
  const pageSize = options.pageSize ?? WHOOP_MAX_PAGE_SIZE;
  if (!(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= WHOOP_MAX_PAGE_SIZE)) {
    throw new FitlinkError(`whoop: pageSize must be an integer from 1 to ${WHOOP_MAX_PAGE_SIZE}`, {
      code: ErrorCodes.invalidArgument,
      provider: 'whoop',
    });
  }
  const path = routePath(route);
  return tokenPaging({
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
    ...(options.cursor ? { start: options.cursor } : {}),
    fetch: async (token, signal) => {
      const { data } = await http.request({
        method: route.method,
        path,
        query: { limit: pageSize, start: options.since, end: options.until, nextToken: token },
        schema: route.response,
        ...pickCallOptions(options),
        ...(signal ? { signal } : {}),
      });
      const page = data as WhoopPage<RecordOf<S>>;
      return { items: page.records, nextToken: page.next_token };
    },
  });
}
