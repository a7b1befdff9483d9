import type { HttpClient, Paginator, TokenCursor } from '@fitlink/core';
import { WHOOP_ROUTES } from '../endpoints.js';
import type { WhoopRecovery } from '../schemas/recovery.js';
import { listCollection, type WhoopListOptions } from './list.js';

/** WHOOP recoveries (`read:recovery`). A cycle's own recovery is `client.cycles.getRecovery`. */
export interface WhoopRecoveryResource {
  /**
   * Recoveries whose sleep falls in a range, newest first, every page (25 per request).
   *
   * @throws {@link @fitlink/core!ValidationError} when a page does not match the schema.
   * @example
   * ```ts
   * for await (const recovery of client.recovery.list({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(recovery.cycle_id, recovery.score?.recovery_score ?? recovery.score_state);
   * }
   * ```
   */
  list(options?: WhoopListOptions): Paginator<WhoopRecovery, TokenCursor>;
}

/** Builds the recovery resource over a connection's HTTP client. */
export function createRecoveryResource(http: HttpClient): WhoopRecoveryResource {
  return {
    list: (options) => listCollection(http, WHOOP_ROUTES.recoveries, options),
  };
}
