import type { CallOptions, HttpClient } from '@fitlink/core';
import { pickCallOptions, routePath } from '@fitlink/core';
import { SMASHRUN_ROUTES } from '../endpoints.js';
import type { SmashrunBadge } from '../schemas/badge.js';

/** Badges the user earned. */
export interface SmashrunBadgesResource {
  /**
   * Every badge earned (`GET /my/badges`).
   *
   * @example
   * ```ts
   * const badges = await client.badges.list();
   * ```
   */
  list(options?: CallOptions): Promise<SmashrunBadge[]>;
}

/** Creates the badges resource over a SmashRun HTTP client. */
export function createSmashrunBadges(http: HttpClient): SmashrunBadgesResource {
  return {
    async list(options = {}) {
      const route = SMASHRUN_ROUTES.badges;
      const { data } = await http.request({
        method: route.method,
        path: routePath(route),
        schema: route.response,
        ...pickCallOptions(options),
      });
      return data;
    },
  };
}
