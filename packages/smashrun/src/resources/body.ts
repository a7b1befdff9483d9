import type { CallOptions, HttpClient } from '@fitlink/core';
import { pickCallOptions, routePath } from '@fitlink/core';
import * as z from 'zod/mini';
import { SMASHRUN_ROUTES } from '../endpoints.js';
import type { SmashrunBodyWeight } from '../schemas/body-weight.js';

/** Body weight recordings. */
export interface SmashrunBodyResource {
  /**
   * Every weight recording (`GET /my/body/weight`).
   *
   * @example
   * ```ts
   * const weights = await client.body.weights();
   * ```
   */
  weights(options?: CallOptions): Promise<SmashrunBodyWeight[]>;
  /** The latest recording (`GET /my/body/weight/latest`), or `null` when there is none. */
  latestWeight(options?: CallOptions): Promise<SmashrunBodyWeight | null>;
  /** Records a weight in kilograms (`POST /my/body/weight`, needs `write_activity`). */
  recordWeight(weight: SmashrunBodyWeight, options?: CallOptions): Promise<void>;
}

/** Creates the body resource over a SmashRun HTTP client. */
export function createSmashrunBody(http: HttpClient): SmashrunBodyResource {
  return {
    async weights(options = {}) {
      const route = SMASHRUN_ROUTES.bodyWeight;
      const { data } = await http.request({
        method: route.method,
        path: routePath(route),
        schema: route.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async latestWeight(options = {}) {
      const route = SMASHRUN_ROUTES.bodyWeightLatest;
      const { data } = await http.request({
        method: route.method,
        path: routePath(route),
        schema: z.nullable(route.response),
        allowStatus: [404],
        ...pickCallOptions(options),
      });
      return data;
    },
    async recordWeight(weight, options = {}) {
      const route = SMASHRUN_ROUTES.recordBodyWeight;
      await http.request({
        method: route.method,
        path: routePath(route),
        json: { date: weight.date, weightInKilograms: weight.weightInKilograms },
        responseType: 'none',
        ...pickCallOptions(options),
      });
    },
  };
}
