import type { CallOptions, HttpClient } from '@fitlink/core';
import { pickCallOptions } from '@fitlink/core';
import { SmashrunRoutes } from '../endpoints.js';
import { type SmashrunBadge, smashrunBadgeListSchema } from '../schemas/badge.js';

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
      const { data } = await http.request({
        path: SmashrunRoutes.badges,
        schema: smashrunBadgeListSchema,
        ...pickCallOptions(options),
      });
      return data;
    },
  };
}
