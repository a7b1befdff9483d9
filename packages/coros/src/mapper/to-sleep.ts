import { createSleep, measuredOrNull, type Sleep } from '@fitlink/core';
import type { CorosDaily } from '../schemas/daily.js';
import { type CorosTimeUnit, corosDateTimeMs, corosOffsetMinutes } from './time.js';

/** Options of {@link mapCorosSleep}. */
export interface MapCorosSleepOptions {
  /** Keep the COROS payload in `raw`. @defaultValue false */
  includeRaw?: boolean;
  /** How epoch sleep times are read (see `corosInstantMs`). @defaultValue 'auto' */
  timeUnit?: CorosTimeUnit;
}

/**
 * Maps the night of one COROS day to a normalized sleep, or `null` when the day has no sleep
 * window (or one given in local time without an offset, which is not guessed). COROS gives the
 * window, the average heart rate asleep and the overnight HRV, but no stages: stage fields stay
 * `null`. The external id is the day (`happenDay`), one night per day.
 *
 * @param daily - The COROS day, validated with `corosDailySchema`.
 * @param options - Raw payload and time unit.
 * @throws {@link @fitlink/core!ValidationError} when the window cannot be normalized (an end before the start …).
 * @example
 * ```ts
 * const night = mapCorosSleep(day);
 * night?.durationSeconds;
 * ```
 */
export function mapCorosSleep(daily: CorosDaily, options: MapCorosSleepOptions = {}): Sleep | null {
  const startOffset = corosOffsetMinutes(daily.startTimezone);
  const endOffset = corosOffsetMinutes(daily.endTimezone);
  const unit = options.timeUnit ?? 'auto';
  const startMs = corosDateTimeMs(daily.sleepStartTime, startOffset ?? endOffset, unit);
  const endMs = corosDateTimeMs(daily.sleepEndTime, endOffset ?? startOffset, unit);
  if (startMs === null || endMs === null) return null;
  return createSleep({
    provider: 'coros',
    externalId: String(daily.happenDay),
    startTime: startMs,
    endTime: endMs,
    utcOffsetMinutes: startOffset ?? endOffset,
    durationSeconds: endMs >= startMs ? (endMs - startMs) / 1000 : null,
    heartRateAvgBpm: measuredOrNull(daily.sleepAvgHr),
    hrvRmssdMs: measuredOrNull(daily.ppgHrv, { nonNegative: true }),
    isNap: false,
    ...(options.includeRaw ? { raw: daily } : {}),
  });
}
