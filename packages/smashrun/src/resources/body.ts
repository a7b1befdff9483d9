import type { CallOptions, HttpClient } from '@fitlink/core';
import { pickCallOptions } from '@fitlink/core';
import * as z from 'zod/mini';
import { SmashrunRoutes } from '../endpoints.js';
import {
  type SmashrunBodyWeight,
  smashrunBodyWeightListSchema,
  smashrunBodyWeightSchema,
} from '../schemas/body-weight.js';

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
      const { data } = await http.request({
        path: SmashrunRoutes.bodyWeight,
        schema: smashrunBodyWeightListSchema,
        ...pickCallOptions(options),
      });
      return data;
    },
    async latestWeight(options = {}) {
      const { data } = await http.request({
        path: SmashrunRoutes.bodyWeightLatest,
        schema: z.nullable(smashrunBodyWeightSchema),
        allowStatus: [404],
        ...pickCallOptions(options),
      });
      return data;
    },
    async recordWeight(weight, options = {}) {
      await http.request({
        method: 'POST',
        path: SmashrunRoutes.bodyWeight,
        json: { date: weight.date, weightInKilograms: weight.weightInKilograms },
        responseType: 'none',
        ...pickCallOptions(options),
      });
    },
  };
}
