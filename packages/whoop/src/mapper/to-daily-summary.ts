import {
  createDailySummary,
  type DailySummary,
  type DailySummaryInput,
  kilojoulesToKilocalories,
  type Metrics,
  roundTo,
  ValidationError,
} from '@fitlink/core';
import type { WhoopCycle } from '../schemas/cycle.js';
import type { WhoopRecovery } from '../schemas/recovery.js';
import type { WhoopSleep } from '../schemas/sleep.js';
import { cycleDate, localDay, offsetMinutes, requireDay } from './time.js';
import type { WhoopMapOptions } from './to-activity.js';

type RecoveryFields = Pick<
  DailySummaryInput,
  'recoveryScore' | 'restingHeartRateBpm' | 'hrvRmssdMs' | 'spo2Percent' | 'skinTemperatureCelsius'
>;

function recoveryFields(recovery: WhoopRecovery | undefined, metrics: Metrics): RecoveryFields {
  if (!recovery) return {};
  metrics.recoveryScoreState = recovery.score_state;
  metrics.sleepId = recovery.sleep_id;
  const score = recovery.score_state === 'SCORED' ? recovery.score : undefined;
  if (!score) return {};
  if (score.user_calibrating !== undefined) metrics.userCalibrating = score.user_calibrating;
  return {
    recoveryScore: score.recovery_score,
    restingHeartRateBpm: score.resting_heart_rate,
    hrvRmssdMs: score.hrv_rmssd_milli,
    spo2Percent: score.spo2_percentage ?? null,
    skinTemperatureCelsius: score.skin_temp_celsius ?? null,
  };
}

/**
 * Maps a WHOOP cycle (a physiological day, sleep onset to sleep onset) to a normalized
 * {@link @fitlink/core!DailySummary}: day strain, energy (kJ → kcal), average and max heart rate in `metrics`,
 * and, when the cycle's recovery is given, the recovery score, resting heart rate, HRV RMSSD,
 * SpO2 and skin temperature. `date` is the day the user wakes up in; `endTime` is `null` for the
 * current cycle. An unscored cycle or recovery gives `null` values, not an error.
 *
 * @param cycle - A cycle from `GET /v2/cycle`.
 * @param options - The cycle's recovery, and whether to keep the payloads.
 * @throws ValidationError when the result breaks the model.
 * @example
 * ```ts
 * import { mapWhoopCycle, type WhoopCycle, type WhoopRecovery } from '@fitlink/whoop';
 *
 * declare const cycle: WhoopCycle;
 * declare const recovery: WhoopRecovery;
 * const day = mapWhoopCycle(cycle, { recovery });
 * ```
 */
export function mapWhoopCycle(
  cycle: WhoopCycle,
  options: WhoopMapOptions & { recovery?: WhoopRecovery | undefined } = {},
): DailySummary {
  const offset = offsetMinutes(cycle.timezone_offset);
  const score = cycle.score_state === 'SCORED' ? cycle.score : undefined;
  const metrics: Metrics = { cycleScoreState: cycle.score_state };
  if (score) {
    metrics.averageHeartRateBpm = score.average_heart_rate;
    metrics.maxHeartRateBpm = score.max_heart_rate;
  }
  return createDailySummary({
    provider: 'whoop',
    externalId: String(cycle.id),
    date: requireDay(cycleDate(cycle.start, offset), ['start'], 'cycle'),
    startTime: cycle.start,
    endTime: cycle.end ?? null,
    utcOffsetMinutes: offset,
    strain: score?.strain ?? null,
    energyKcal: roundTo(kilojoulesToKilocalories(score?.kilojoule), 1),
    ...recoveryFields(options.recovery, metrics),
    metrics,
    ...(options.includeRaw ? { raw: { cycle, recovery: options.recovery ?? null } } : {}),
  });
}

/**
 * Maps a WHOOP recovery to a normalized {@link @fitlink/core!DailySummary} with the id of its cycle
 * (`whoop:<cycle_id>`), so it is the same day record {@link mapWhoopCycle} builds. A recovery
 * carries no times, so its `cycle` or its `sleep` is required (a recovery carries no local time);
 * the day is never guessed from the UTC day of `created_at`. An unscored recovery gives `null`
 * values, not an error.
 *
 * @param recovery - A recovery from `GET /v2/recovery`.
 * @param options - The recovery's cycle or sleep (required), and whether to keep the payload.
 * @throws ValidationError when neither is given (untyped callers), or the result breaks the model.
 * @example
 * ```ts
 * import { mapWhoopRecovery, type WhoopRecovery, type WhoopSleep } from '@fitlink/whoop';
 *
 * declare const recovery: WhoopRecovery;
 * declare const sleep: WhoopSleep;
 * const day = mapWhoopRecovery(recovery, { sleep });
 * ```
 */
export function mapWhoopRecovery(
  recovery: WhoopRecovery,
  options: WhoopMapOptions &
    (
      | { cycle: WhoopCycle; sleep?: WhoopSleep | undefined }
      | { sleep: WhoopSleep; cycle?: undefined }
    ),
): DailySummary {
  if (options?.cycle) {
    return mapWhoopCycle(options.cycle, {
      recovery,
      ...(options.includeRaw ? { includeRaw: true } : {}),
    });
  }
  const sleep = options?.sleep;
  if (!sleep) {
    throw new ValidationError("WHOOP recovery: its cycle or sleep is needed for the user's day", {
      provider: 'whoop',
      endpoint: 'recovery',
      issues: [
        {
          code: 'custom',
          path: ['cycle'],
          message: 'expected the recovery’s cycle or sleep (a recovery carries no local time)',
        },
      ],
    });
  }
  const offset = offsetMinutes(sleep.timezone_offset);
  const date = requireDay(localDay(sleep.end, offset), ['sleep', 'end'], 'recovery');
  const metrics: Metrics = {};
  return createDailySummary({
    provider: 'whoop',
    externalId: String(recovery.cycle_id),
    date,
    utcOffsetMinutes: offset,
    ...recoveryFields(recovery, metrics),
    metrics,
    ...(options.includeRaw ? { raw: recovery } : {}),
  });
}
