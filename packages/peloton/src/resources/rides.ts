import type { CallOptions, HttpClient } from '@fitlink/core';
import { pickCallOptions } from '@fitlink/core';
import { PelotonRoutes } from '../endpoints.js';
import { type PelotonRideDetails, pelotonRideDetailsSchema } from '../schemas/ride.js';

/** `client.rides`: classes. */
export interface PelotonRidesResource {
  /**
   * `GET /api/ride/{id}/details`: the class and its segments, or `null` when Peloton answers 404
   * (classes without segments, such as scenic rides, have no details; that is not an error).
   *
   * @example
   * ```ts
   * const details = await client.rides.details(workout.ride.id);
   * ```
   */
  details(rideId: string, options?: CallOptions): Promise<PelotonRideDetails | null>;
}

/** Creates `client.rides`. */
export function createRidesResource(http: HttpClient): PelotonRidesResource {
  return {
    async details(rideId, options) {
      const { data } = await http.request({
        path: PelotonRoutes.rideDetails(rideId),
        schema: pelotonRideDetailsSchema,
        allowStatus: [404],
        ...pickCallOptions(options),
      });
      return data;
    },
  };
}
