import {
  createDailySummary,
  type DailySummary,
  type Metrics,
  ValidationError,
  valueOrNull,
} from '@fitlink/core';
import type { PolarActivityDay } from '../schemas/activity.js';
import type { PolarNightlyRecharge } from '../schemas/nightly-recharge.js';
import { parsePolarProtobufDuration } from './duration.js';
import type { PolarMapOptions } from './options.js';

/** What {@link mapPolarDay} joins for one local date: either record, or both. */
export interface PolarDay {
  /** The morning's Nightly Recharge result. */
  recharge?: PolarNightlyRecharge | null | undefined;
  /** The day's activity. */
  activity?: PolarActivityDay | null | undefined;
}

/**
 * Maps one local date's Nightly Recharge result and activity day to a normalized
 * {@link @fitlink/core!DailySummary}: the Nightly Recharge status (1–6) as `recoveryScore` and
 * the overnight RMSSD as `hrvRmssdMs`, with ANS charge, its status, overnight heart rate,
 * beat-to-beat interval and breathing rate in `metrics`; steps, energy, active energy, distance
 * and active seconds from the activity day. The overnight average is not a resting heart rate,
 * so `restingHeartRateBpm` stays `null`. Either record may be missing (a night without the watch,
 * a day without activity data); both must be of the same date.
 *
 * @param day - The date's recharge and activity records.
 * @param options - Whether to keep the payloads.
 * @throws ValidationError when neither record is given, their dates differ, or the result
 *   breaks the model.
 * @example
 * ```ts
 * import { mapPolarDay, type PolarActivityDay, type PolarNightlyRecharge } from '@fitlink/polar';
 *
 * declare const recharge: PolarNightlyRecharge;
 * declare const activity: PolarActivityDay;
 * const summary = mapPolarDay({ recharge, activity });
 * ```
 */
export function mapPolarDay(day: PolarDay, options: PolarMapOptions = {}): DailySummary {
  const { recharge, activity } = day;
  const date = recharge?.date ?? activity?.date;
  if (date === undefined || (recharge && activity && recharge.date !== activity.date)) {
    throw new ValidationError(
      'polar: a daily summary needs a recharge or an activity day of one date',
      {
        provider: 'polar',
        endpoint: 'mapper',
        issues: [
          {
            path: recharge && activity ? ['activity', 'date'] : ['recharge'],
            code: 'invalid_day',
            message: 'expected a Nightly Recharge result or an activity day, of the same date',
          },
        ],
      },
    );
  }
  const metrics: Metrics = {};
  const extra = {
    ansCharge: recharge?.ansCharge,
    ansChargeStatus: recharge?.ansChargeStatus,
    overnightHeartRateAvgBpm: recharge?.heartRateAvg,
    beatToBeatAvgMs: recharge?.beatToBeatAvg,
    breathingRateAvg: recharge?.breathingRateAvg,
    activeSeconds: parsePolarProtobufDuration(activity?.activeDuration),
  };
  for (const [key, value] of Object.entries(extra)) {
    if (value != null && Number.isFinite(value)) metrics[key] = value;
  }
  return createDailySummary({
    provider: 'polar',
    externalId: date,
    date,
    startTime: null,
    endTime: null,
    utcOffsetMinutes: null,
    recoveryScore: valueOrNull(recharge?.nightlyRechargeStatus),
    hrvRmssdMs: valueOrNull(recharge?.heartRateVariabilityAvg, { nonNegative: true }),
    steps: valueOrNull(activity?.steps, { nonNegative: true }),
    energyKcal: valueOrNull(activity?.calories, { nonNegative: true }),
    activeEnergyKcal: valueOrNull(activity?.activeCalories, { nonNegative: true }),
    distanceMetres: valueOrNull(activity?.distanceMeters, { nonNegative: true }),
    metrics,
    ...(options.includeRaw
      ? { raw: { recharge: recharge ?? null, activity: activity ?? null } }
      : {}),
  });
}

/**
 * Maps a Nightly Recharge result alone to a normalized {@link @fitlink/core!DailySummary}
 * (`mapPolarDay({ recharge })`).
 *
 * @param recharge - A result from `GET /v4/data/nightly-recharge-results`.
 * @param options - Whether to keep the payload.
 * @throws ValidationError when the result breaks the model.
 * @example
 * ```ts
 * import { mapPolarNightlyRecharge, type PolarNightlyRecharge } from '@fitlink/polar';
 *
 * declare const recharge: PolarNightlyRecharge;
 * const day = mapPolarNightlyRecharge(recharge);
 * ```
 */
export function mapPolarNightlyRecharge(
  recharge: PolarNightlyRecharge,
  options: PolarMapOptions = {},
): DailySummary {
  return mapPolarDay({ recharge }, options);
}
