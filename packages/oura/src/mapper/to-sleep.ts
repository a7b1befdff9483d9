import { createSleep, type Sleep, validatePayload, valueOrNull } from '@fitlink/core';
import { type OuraSleep, ouraSleepSchema } from '../schemas/sleep.js';
import { ouraOffsetMinutes } from './time.js';

/** Options of {@link mapOuraSleep}. */
export interface OuraSleepMapOptions {
  /** Keep the Oura payload in `raw`. @defaultValue false */
  includeRaw?: boolean;
  /** The day's sleep score (`daily_sleep.score`), which a sleep period does not carry. @defaultValue null */
  score?: number | null;
}

// `long_sleep` is the main sleep; `sleep` a shorter one, `late_nap` a nap, `rest` a rest period.
const NAP_TYPES = new Set(['sleep', 'late_nap', 'rest']);

/**
 * Maps an Oura sleep period to a normalized sleep: bedtime start and end in UTC with the user's
 * offset kept, stage seconds as given (light, deep, REM, awake), time in bed, latency,
 * efficiency, average and lowest heart rate, HRV (RMSSD, ms) and breathing rate; `null` where
 * Oura has none. Anything but `long_sleep` is a nap; the local `day`, the readiness it produced
 * and restless periods go to `metrics`.
 *
 * @param payload - A sleep document (validated here).
 * @param options - Mapper options and the day's sleep score.
 * @throws {@link @fitlink/core!ValidationError} when the payload or the result is invalid.
 * @example
 * ```ts
 * const sleep = mapOuraSleep(period);
 * console.log(sleep.deepSeconds, sleep.hrvRmssdMs);
 * ```
 */
export function mapOuraSleep(payload: OuraSleep, options: OuraSleepMapOptions = {}): Sleep {
  const sleep = validatePayload(ouraSleepSchema, payload, { provider: 'oura', endpoint: 'sleep' });
  const seconds = (value: number | null | undefined) => valueOrNull(value, { nonNegative: true });
  return createSleep({
    provider: 'oura',
    externalId: sleep.id,
    startTime: sleep.bedtime_start,
    endTime: sleep.bedtime_end,
    utcOffsetMinutes: ouraOffsetMinutes(sleep.bedtime_start),
    durationSeconds: seconds(sleep.time_in_bed),
    asleepSeconds: seconds(sleep.total_sleep_duration),
    awakeSeconds: seconds(sleep.awake_time),
    lightSeconds: seconds(sleep.light_sleep_duration),
    deepSeconds: seconds(sleep.deep_sleep_duration),
    remSeconds: seconds(sleep.rem_sleep_duration),
    latencySeconds: seconds(sleep.latency),
    efficiencyPercent: valueOrNull(sleep.efficiency),
    score: options.score ?? null,
    heartRateAvgBpm: valueOrNull(sleep.average_heart_rate),
    heartRateLowestBpm: valueOrNull(sleep.lowest_heart_rate),
    hrvRmssdMs: valueOrNull(sleep.average_hrv, { nonNegative: true }),
    respiratoryRate: valueOrNull(sleep.average_breath, { nonNegative: true }),
    isNap: sleep.type ? NAP_TYPES.has(sleep.type) : null,
    metrics: {
      day: sleep.day,
      ...(sleep.type ? { sleepType: sleep.type } : {}),
      ...(typeof sleep.readiness?.score === 'number'
        ? { readinessScore: sleep.readiness.score }
        : {}),
      ...(typeof sleep.restless_periods === 'number'
        ? { restlessPeriods: sleep.restless_periods }
        : {}),
    },
    ...(options.includeRaw ? { raw: sleep } : {}),
  });
}
