import { pickCallOptions } from '@fitlink/core';
import { STRAVA_ROUTES } from '../endpoints.js';
import type { StravaCallOptions, StravaRequester } from '../request.js';
import type { StravaAthlete } from '../schemas/athlete.js';
import { type StravaId, stravaIdString } from '../schemas/common.js';
import type { StravaActivityStats } from '../schemas/stats.js';
import type { StravaAthleteZones } from '../schemas/zones.js';

/** `GET /athlete`, `GET /athlete/zones` and `GET /athletes/{id}/stats`. */
export interface StravaAthleteResource {
  /**
   * The connected athlete (detailed with `profile:read_all`).
   *
   * @example
   * ```ts
   * const athlete = await client.athlete.get();
   * ```
   */
  get(options?: StravaCallOptions): Promise<StravaAthlete>;
  /**
   * Heart-rate and power zones (needs `profile:read_all`).
   *
   * @example
   * ```ts
   * const zones = await client.athlete.zones();
   * ```
   */
  zones(options?: StravaCallOptions): Promise<StravaAthleteZones>;
  /**
   * Totals of the athlete's public activities. Strava only answers for the connected athlete:
   * without `athleteId`, the id comes from `GET /athlete` (one more request).
   *
   * @example
   * ```ts
   * const stats = await client.athlete.stats();
   * ```
   */
  stats(options?: StravaCallOptions & { athleteId?: StravaId }): Promise<StravaActivityStats>;
}

/** Builds the athlete resource over a requester. */
export function createAthleteResource(request: StravaRequester): StravaAthleteResource {
  const get = (options: StravaCallOptions = {}) =>
    request.route(STRAVA_ROUTES.athlete, pickCallOptions(options));
  return {
    get,
    zones: (options = {}) => request.route(STRAVA_ROUTES.athleteZones, pickCallOptions(options)),
    async stats(options = {}) {
      const athleteId = options.athleteId ?? (await get(options)).id;
      return request.route(STRAVA_ROUTES.athleteStats, {
        params: { athleteId: stravaIdString(athleteId) },
        ...pickCallOptions(options),
      });
    },
  };
}
