import { createDailySummary, type DailySummary, measuredOrNull } from '@fitlink/core';
import type { CorosDaily } from '../schemas/daily.js';
import { corosDay, corosOffsetMinutes } from './time.js';

/** Options of {@link mapCorosDailySummary}. */
export interface MapCorosDailySummaryOptions {
  /** Keep the COROS payload in `raw`. @defaultValue false */
  includeRaw?: boolean;
  /** The unit of `calorie` (unconfirmed; see `MapCorosActivityOptions`). @defaultValue 'kcal' */
  calorieUnit?: 'kcal' | 'cal';
}

const DAY_MS = 86_400_000;

/**
 * Maps one day of COROS daily data to a normalized daily summary: the day from `happenDay`,
 * resting heart rate (`rhr`), overnight HRV (`ppgHrv`, ms), steps and energy. The day's bounds
 * are the local midnights when the day's offset (`endTimezone`, else `startTimezone`, in
 * 15-minute units) is known, `null` otherwise.
 *
 * @param daily - The COROS day, validated with `corosDailySchema`.
 * @param options - Raw payload and calorie unit.
 * @throws {@link @fitlink/core!ValidationError} when a value cannot be normalized (a `happenDay` that is no date …).
 * @example
 * ```ts
 * const day = mapCorosDailySummary({ happenDay: '20261120', rhr: 48, ppgHrv: 62, step: 10234 });
 * day.date; // '2026-11-20'
 * ```
 */
export function mapCorosDailySummary(
  daily: CorosDaily,
  options: MapCorosDailySummaryOptions = {},
): DailySummary {
  const date = corosDay(daily.happenDay);
  const offset = corosOffsetMinutes(daily.endTimezone) ?? corosOffsetMinutes(daily.startTimezone);
  const midnight = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
  const startMs = offset !== null && Number.isFinite(midnight) ? midnight - offset * 60_000 : null;
  const calorie = measuredOrNull(daily.calorie, { nonNegative: true });
  const sleepHr = measuredOrNull(daily.sleepAvgHr);
  return createDailySummary({
    provider: 'coros',
    externalId: String(daily.happenDay),
    date,
    startTime: startMs,
    endTime: startMs === null ? null : startMs + DAY_MS,
    utcOffsetMinutes: offset,
    restingHeartRateBpm: measuredOrNull(daily.rhr),
    hrvRmssdMs: measuredOrNull(daily.ppgHrv, { nonNegative: true }),
    steps: measuredOrNull(daily.step, { nonNegative: true }),
    energyKcal: calorie === null ? null : options.calorieUnit === 'cal' ? calorie / 1000 : calorie,
    metrics: sleepHr === null ? {} : { sleepHeartRateAvgBpm: sleepHr },
    ...(options.includeRaw ? { raw: daily } : {}),
  });
}
