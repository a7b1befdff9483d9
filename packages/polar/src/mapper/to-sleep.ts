import { createSleep, type Sleep, valueOrNull } from '@fitlink/core';
import type { PolarSleep } from '../schemas/sleep.js';
import { parsePolarProtobufDuration } from './duration.js';
import type { PolarMapOptions } from './options.js';
import { resolvePolarLocalTime } from './time.js';

/**
 * Maps a v4 night to a normalized {@link @fitlink/core!Sleep}: start and end placed in UTC
 * (their own offset, else `sleepStartOffsetMinutes`), stage durations from protobuf durations,
 * time asleep as light + deep + REM, efficiency as asleep over in bed, and Polar's sleep score.
 * The night's id is its `sleepDate` (Polar gives one night per date).
 *
 * @param sleep - A night from `GET /v4/data/sleeps`.
 * @param options - Fallback zone, whether to keep the payload.
 * @throws ValidationError when the result breaks the model or a time cannot be placed.
 * @example
 * ```ts
 * import { mapPolarSleep, type PolarSleep } from '@fitlink/polar';
 *
 * declare const night: PolarSleep;
 * const sleep = mapPolarSleep(night);
 * ```
 */
export function mapPolarSleep(sleep: PolarSleep, options: PolarMapOptions = {}): Sleep {
  const context = { offsetMinutes: sleep.sleepStartOffsetMinutes, timeZone: options.timeZone };
  const start = resolvePolarLocalTime(sleep.sleepStartTime, { ...context, path: 'sleepStartTime' });
  const end = resolvePolarLocalTime(sleep.sleepEndTime, { ...context, path: 'sleepEndTime' });
  const light = parsePolarProtobufDuration(sleep.lightSleepDuration);
  const deep = parsePolarProtobufDuration(sleep.deepSleepDuration);
  const rem = parsePolarProtobufDuration(sleep.remSleepDuration);
  const awake = parsePolarProtobufDuration(sleep.totalInterruptionDuration);
  const inBed = (Date.parse(end.utc) - Date.parse(start.utc)) / 1000;
  const asleep = light === null || deep === null || rem === null ? null : light + deep + rem;
  const efficiency =
    asleep !== null && inBed > 0 && asleep <= inBed
      ? Math.round((asleep / inBed) * 1000) / 10
      : null;
  return createSleep({
    provider: 'polar',
    externalId: sleep.sleepDate,
    startTime: start.utc,
    endTime: end.utc,
    utcOffsetMinutes: start.offsetMinutes,
    durationSeconds: inBed >= 0 ? inBed : null,
    asleepSeconds: asleep,
    awakeSeconds: awake,
    lightSeconds: light,
    deepSeconds: deep,
    remSeconds: rem,
    efficiencyPercent: efficiency,
    score: valueOrNull(sleep.sleepScore),
    isNap: false,
    metrics: {
      ...(sleep.sleepCycles != null ? { sleepCycles: sleep.sleepCycles } : {}),
      ...(sleep.continuity != null ? { continuity: sleep.continuity } : {}),
    },
    ...(options.includeRaw ? { raw: sleep } : {}),
  });
}
