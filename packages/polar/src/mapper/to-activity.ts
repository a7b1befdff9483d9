import { type Activity, createActivity, type Metrics, mapSport, valueOrNull } from '@fitlink/core';
import type { PolarTrainingSession } from '../schemas/training-session.js';
import { parsePolarProtobufDuration } from './duration.js';
import type { PolarTrainingSessionMapOptions } from './options.js';
import { POLAR_SPORT_TYPES } from './sport-type.js';
import { resolvePolarLocalTime } from './time.js';

/**
 * Maps a v4 training session to a normalized {@link @fitlink/core!Activity}: the local
 * `startTime` placed in UTC with its offset (`startTimeUtcOffset` when the time carries no
 * zone), the protobuf `duration` (`"3600s"`) as elapsed seconds, distance in metres, energy in
 * kcal (Polar's own estimate), heart rate, ascent, the sport through the catalogue's name key
 * and {@link POLAR_SPORT_TYPES}, and training load and zone seconds in `metrics`.
 *
 * @param session - A session from `GET /v4/data/training-sessions/list`.
 * @param options - Sport names, fallback zone, whether to keep the payload.
 * @throws ValidationError when the result breaks the model or the start cannot be placed in time.
 * @example
 * ```ts
 * import { mapPolarTrainingSession, type PolarTrainingSession } from '@fitlink/polar';
 *
 * declare const session: PolarTrainingSession;
 * const activity = mapPolarTrainingSession(session, { sportNames: new Map([['1', 'RUNNING']]) });
 * ```
 */
export function mapPolarTrainingSession(
  session: PolarTrainingSession,
  options: PolarTrainingSessionMapOptions = {},
): Activity {
  const start = resolvePolarLocalTime(session.startTime, {
    offsetMinutes: session.startTimeUtcOffset,
    timeZone: options.timeZone,
    path: 'startTime',
  });
  const sportId = session.sport?.id;
  const sportName = sportId === undefined ? undefined : options.sportNames?.get(sportId);
  const metrics: Metrics = {};
  if (sportId !== undefined) metrics.sportId = sportId;
  if (session.trainingLoad != null) metrics.trainingLoad = session.trainingLoad;
  const zones = session.zones?.heartRate;
  if (zones && zones.length > 0) {
    metrics.hrZoneSeconds = zones.map((zone) => parsePolarProtobufDuration(zone.inZone) ?? 0);
  }
  const energyKcal = valueOrNull(session.calories, { nonNegative: true });
  return createActivity({
    provider: 'polar',
    externalId: session.identifier.id,
    sport: mapSport(POLAR_SPORT_TYPES, sportName),
    providerSport: sportName ?? null,
    name: session.name?.trim() || null,
    startTime: start.utc,
    utcOffsetMinutes: start.offsetMinutes,
    elapsedSeconds: parsePolarProtobufDuration(session.duration),
    movingSeconds: null,
    // 0 m is what Polar reports for a session without distance (strength, indoor): not measured.
    distanceMetres: session.distanceMeters ? valueOrNull(session.distanceMeters) : null,
    elevationGainMetres: valueOrNull(session.ascentMeters, { nonNegative: true }),
    energyKcal,
    energySource: energyKcal === null ? null : 'provider',
    heartRateAvgBpm: session.heartRate?.average || null,
    heartRateMaxBpm: session.heartRate?.maximum || null,
    device: session.product?.modelName ?? null,
    metrics,
    ...(options.includeRaw ? { raw: session } : {}),
  });
}
