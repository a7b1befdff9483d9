import type { CallOptions, HttpClient } from '@fitlink/core';
import { pickCallOptions, routePath } from '@fitlink/core';
import { PELOTON_ROUTES } from '../endpoints.js';
import type { PelotonRideDetails } from '../schemas/ride.js';

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
      const route = PELOTON_ROUTES.rideDetails;
      const { data } = await http.request({
        method: route.method,
        path: routePath(route, { id: rideId }),
        schema: route.response,
        allowStatus: [404],
        ...pickCallOptions(options),
      });
      return data;
    },
  };
}
