import type { HttpClient, Paginator, TokenCursor } from '@fitlink/core';
import { pickCallOptions, routePath } from '@fitlink/core';
import { WHOOP_ROUTES } from '../endpoints.js';
import type { WhoopSleep } from '../schemas/sleep.js';
import { listCollection, type WhoopCallOptions, type WhoopListOptions } from './list.js';

/** WHOOP sleeps and naps (`read:sleep`). */
export interface WhoopSleepResource {
  /**
   * Sleeps and naps in a range, newest first, every page (25 per request).
   *
   * @throws {@link @fitlink/core!ValidationError} when a page does not match the schema.
   * @example
   * ```ts
   * const nights = await client.sleep.list({ since: new Date('2026-11-01T00:00:00Z') }).toArray({ limit: 7 });
   * ```
   */
  list(options?: WhoopListOptions): Paginator<WhoopSleep, TokenCursor>;
  /**
   * One sleep by its v2 UUID.
   *
   * @throws {@link @fitlink/core!ProviderError} with status 404 when there is no such sleep.
   * @example
   * ```ts
   * const sleep = await client.sleep.get('ecfc6a15-4661-442f-a9a4-f160dd7afae8');
   * ```
   */
  get(sleepId: string, options?: WhoopCallOptions): Promise<WhoopSleep>;
}

/** Builds the sleep resource over a connection's HTTP client. */
export function createSleepResource(http: HttpClient): WhoopSleepResource {
  const { sleep } = WHOOP_ROUTES;
  return {
    list: (options) => listCollection(http, WHOOP_ROUTES.sleeps, options),
    async get(sleepId, options = {}) {
      const { data } = await http.request({
        method: sleep.method,
        path: routePath(sleep, { sleepId }),
        schema: sleep.response,
        ...pickCallOptions(options),
      });
      return data;
    },
  };
}
