import type { HttpClient, Paginator, TokenCursor } from '@fitlink/core';
import { pickCallOptions, routePath } from '@fitlink/core';
import { WHOOP_ROUTES } from '../endpoints.js';
import type { WhoopCycle } from '../schemas/cycle.js';
import type { WhoopRecovery } from '../schemas/recovery.js';
import type { WhoopSleep } from '../schemas/sleep.js';
import { listCollection, type WhoopCallOptions, type WhoopListOptions } from './list.js';

/** WHOOP physiological cycles (`read:cycles`), with each cycle's sleep and recovery. */
export interface WhoopCyclesResource {
  /**
   * Cycles in a range, newest first, every page (25 per request). The current cycle has no `end`.
   *
   * @throws {@link @fitlink/core!ValidationError} when a page does not match the schema.
   * @example
   * ```ts
   * for await (const cycle of client.cycles.list({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(cycle.start, cycle.score?.strain);
   * }
   * ```
   */
  list(options?: WhoopListOptions): Paginator<WhoopCycle, TokenCursor>;
  /**
   * One cycle by its int64 id.
   *
   * @throws {@link @fitlink/core!ProviderError} with status 404 when there is no such cycle.
   * @example
   * ```ts
   * const cycle = await client.cycles.get(93845);
   * ```
   */
  get(cycleId: number | string, options?: WhoopCallOptions): Promise<WhoopCycle>;
  /**
   * The sleep that started a cycle (`read:sleep`).
   *
   * @throws {@link @fitlink/core!ProviderError} with status 404 when the cycle has none.
   * @example
   * ```ts
   * const sleep = await client.cycles.getSleep(93845);
   * ```
   */
  getSleep(cycleId: number | string, options?: WhoopCallOptions): Promise<WhoopSleep>;
  /**
   * A cycle's recovery (`read:recovery`).
   *
   * @throws {@link @fitlink/core!ProviderError} with status 404 when the cycle has none yet.
   * @example
   * ```ts
   * const recovery = await client.cycles.getRecovery(93845);
   * ```
   */
  getRecovery(cycleId: number | string, options?: WhoopCallOptions): Promise<WhoopRecovery>;
}

/** Builds the cycles resource over a connection's HTTP client. */
export function createCyclesResource(http: HttpClient): WhoopCyclesResource {
  const { cycle, cycleSleep, cycleRecovery } = WHOOP_ROUTES;
  return {
    list: (options) => listCollection(http, WHOOP_ROUTES.cycles, options),
    async get(cycleId, options = {}) {
      const { data } = await http.request({
        method: cycle.method,
        path: routePath(cycle, { cycleId }),
        schema: cycle.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async getSleep(cycleId, options = {}) {
      const { data } = await http.request({
        method: cycleSleep.method,
        path: routePath(cycleSleep, { cycleId }),
        schema: cycleSleep.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async getRecovery(cycleId, options = {}) {
      const { data } = await http.request({
        method: cycleRecovery.method,
        path: routePath(cycleRecovery, { cycleId }),
        schema: cycleRecovery.response,
        ...pickCallOptions(options),
      });
      return data;
    },
  };
}
