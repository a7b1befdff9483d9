import { createDailySummary, type DailySummary, valueOrNull } from '@fitlink/core';
import type { PolarNightlyRecharge } from '../schemas/nightly-recharge.js';
import type { PolarMapOptions } from './options.js';

/**
 * Maps a Nightly Recharge result to a normalized {@link @fitlink/core!DailySummary} for its
 * morning: Polar's Nightly Recharge status (1–6) as `recoveryScore`, the overnight RMSSD as
 * `hrvRmssdMs`, and ANS charge, its status, overnight heart rate, beat-to-beat interval and
 * breathing rate in `metrics`. The overnight average is not a resting heart rate, so
 * `restingHeartRateBpm` stays `null`.
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
  const metrics: Record<string, number> = {};
  const extra = {
    ansCharge: recharge.ansCharge,
    ansChargeStatus: recharge.ansChargeStatus,
    overnightHeartRateAvgBpm: recharge.heartRateAvg,
    beatToBeatAvgMs: recharge.beatToBeatAvg,
    breathingRateAvg: recharge.breathingRateAvg,
  };
  for (const [key, value] of Object.entries(extra)) {
    if (value != null && Number.isFinite(value)) metrics[key] = value;
  }
  return createDailySummary({
    provider: 'polar',
    externalId: recharge.date,
    date: recharge.date,
    startTime: null,
    endTime: null,
    utcOffsetMinutes: null,
    recoveryScore: valueOrNull(recharge.nightlyRechargeStatus),
    hrvRmssdMs: valueOrNull(recharge.heartRateVariabilityAvg, { nonNegative: true }),
    metrics,
    ...(options.includeRaw ? { raw: recharge } : {}),
  });
}
