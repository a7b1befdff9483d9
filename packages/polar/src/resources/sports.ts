import { type CallOptions, type HttpClient, pickCallOptions, routePath } from '@fitlink/core';
import { POLAR_ROUTES } from '../endpoints.js';
import type { PolarSport } from '../schemas/sport.js';

/** Polar's sports catalogue (`sports:read`). */
export interface PolarSportsResource {
  /**
   * Every sport: training sessions name theirs by id only.
   *
   * @example
   * ```ts
   * const sports = await client.sports.list();
   * ```
   */
  list(options?: CallOptions): Promise<PolarSport[]>;
}

/** Builds the sports resource. */
export function createSportsResource(http: HttpClient): PolarSportsResource {
  const route = POLAR_ROUTES.sports;
  return {
    async list(options = {}) {
      const { data } = await http.request({
        method: route.method,
        path: routePath(route),
        schema: route.response,
        ...pickCallOptions(options),
      });
      return data.sports;
    },
  };
}
