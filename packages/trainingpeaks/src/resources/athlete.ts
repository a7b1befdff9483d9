import type { CallOptions } from '@fitlink/core';
import { pickCallOptions, routePath } from '@fitlink/core';
import { TRAININGPEAKS_ROUTES } from '../endpoints.js';
import type { TrainingPeaksAthlete } from '../schemas/athlete.js';
import type { TrainingPeaksZones } from '../schemas/zones.js';
import type { TrainingPeaksContext } from './context.js';

/** The zone types of `GET /v1/athlete/zones/{type}`. */
export type TrainingPeaksZoneType = 'heartrate' | 'power' | 'speed';

/** `client.athlete`: the connected athlete's profile and zones (scope `athlete:profile`). */
export interface TrainingPeaksAthleteResource {
  /**
   * The athlete's profile: id, `TimeZone`, `IsPremium`, units.
   *
   * @example
   * ```ts
   * const athlete = await client.athlete.profile();
   * ```
   */
  profile(options?: CallOptions): Promise<TrainingPeaksAthlete>;
  /**
   * Heart-rate, power and speed zones with their thresholds (FTP, threshold heart rate) in one
   * call; read them with `mapTrainingPeaksZones`.
   *
   * @example
   * ```ts
   * const { ftpWatts } = mapTrainingPeaksZones(await client.athlete.zones());
   * ```
   */
  zones(options?: CallOptions): Promise<TrainingPeaksZones>;
  /**
   * One zone type's zones.
   *
   * @example
   * ```ts
   * const powerZones = await client.athlete.zonesByType('power');
   * ```
   */
  zonesByType(type: TrainingPeaksZoneType, options?: CallOptions): Promise<TrainingPeaksZones>;
}

/** Builds `client.athlete`. */
export function createAthleteResource(context: TrainingPeaksContext): TrainingPeaksAthleteResource {
  const { http } = context;
  const { profile, zones, zonesByType } = TRAININGPEAKS_ROUTES;
  return {
    async profile(options) {
      const { data } = await http.request({
        method: profile.method,
        path: routePath(profile),
        schema: profile.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async zones(options) {
      const { data } = await http.request({
        method: zones.method,
        path: routePath(zones),
        schema: zones.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async zonesByType(type, options) {
      const { data } = await http.request({
        method: zonesByType.method,
        path: routePath(zonesByType, { zoneType: type }),
        schema: zonesByType.response,
        ...pickCallOptions(options),
      });
      return data;
    },
  };
}
