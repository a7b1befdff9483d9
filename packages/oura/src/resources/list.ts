import {
  type CallOptions,
  type HttpClient,
  type Paginator,
  pickCallOptions,
  type RouteDefinition,
  routePath,
  type TokenCursor,
  tokenPaging,
} from '@fitlink/core';
import type * as zc from 'zod/v4/core';
import type { OuraPage } from '../schemas/page.js';

/** Options of every Oura document collection (`list`). */
export interface OuraDocumentListOptions extends CallOptions {
  /** First local day, `YYYY-MM-DD` (Oura's `start_date`, inclusive). @defaultValue Oura's: a week before `endDate` */
  startDate?: string;
  /** Last local day, `YYYY-MM-DD` (Oura's `end_date`). @defaultValue Oura's: today */
  endDate?: string;
  /** Stop after this many pages; `cursor` then resumes. @defaultValue no limit */
  maxPages?: number;
  /** A saved {@link @fitlink/core!Paginator.cursor} to resume from. @defaultValue the first page */
  cursor?: TokenCursor;
}

/** Per-call options of a single read. */
export type OuraCallOptions = CallOptions;

/** A document collection: every page of a day range, and one document by id. */
export interface OuraDocumentCollection<T> {
  /**
   * Documents of a day range, every page (`next_token` paging; Oura chooses the page size).
   *
   * @throws {@link @fitlink/core!ValidationError} when a page does not match the schema.
   * @example
   * ```ts
   * for await (const day of client.daily.readiness.list({ startDate: '2026-11-01', endDate: '2026-11-30' })) {
   *   console.log(day.day, day.score);
   * }
   * ```
   */
  list(options?: OuraDocumentListOptions): Paginator<T, TokenCursor>;
  /**
   * One document by id.
   *
   * @throws {@link @fitlink/core!ProviderError} with status 404 when there is no such document.
   * @example
   * ```ts
   * const document = await client.workouts.get('8f9a5221-639e-4a8c-a6a7-e61a4bbf0e5e');
   * ```
   */
  get(documentId: string, options?: OuraCallOptions): Promise<T>;
}

type RecordOf<S extends zc.$ZodType> = zc.output<S> extends { data: (infer T)[] } ? T : never;

/**
 * Pages through an Oura collection with `start_date`, `end_date` and `next_token`.
 *
 * @param http - The connection's HTTP client.
 * @param route - The collection route.
 * @param options - Day range, paging controls and call options.
 */
export function listDocuments<S extends zc.$ZodType<OuraPage<unknown>>>(
  http: HttpClient,
  route: Pick<RouteDefinition, 'method' | 'path'> & { readonly response: S },
  options: OuraDocumentListOptions = {},
): Paginator<RecordOf<S>, TokenCursor> {
  const path = routePath(route);
  return tokenPaging({
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
    ...(options.cursor ? { start: options.cursor } : {}),
    fetch: async (token, signal) => {
      const { data } = await http.request({
        method: route.method,
        path,
        query: { start_date: options.startDate, end_date: options.endDate, next_token: token },
        schema: route.response,
        ...pickCallOptions(options),
        ...(signal ? { signal } : {}),
      });
      const page = data as OuraPage<RecordOf<S>>;
      return { items: page.data, nextToken: page.next_token };
    },
  });
}

/**
 * A document collection over a list route and a single-document route.
 *
 * @param http - The connection's HTTP client.
 * @param listRoute - The collection route.
 * @param documentRoute - The `…/:documentId` route.
 */
export function createDocumentCollection<T, S extends zc.$ZodType<OuraPage<unknown>>>(
  http: HttpClient,
  listRoute: Pick<RouteDefinition, 'method' | 'path'> & { readonly response: S },
  documentRoute: Pick<RouteDefinition, 'method' | 'path'> & { readonly response: zc.$ZodType<T> },
): OuraDocumentCollection<T> {
  return {
    list: (options) => listDocuments(http, listRoute, options) as Paginator<T, TokenCursor>,
    async get(documentId, options = {}) {
      const { data } = await http.request({
        method: documentRoute.method,
        path: routePath(documentRoute, { documentId }),
        schema: documentRoute.response,
        ...pickCallOptions(options),
      });
      return data as T;
    },
  };
}
