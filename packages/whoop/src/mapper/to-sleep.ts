import { createSleep, type Metrics, millisecondsToSeconds, type Sleep } from '@fitlink/core';
import type { WhoopSleep } from '../schemas/sleep.js';
import { offsetMinutes, secondsBetween } from './time.js';
import type { WhoopMapOptions } from './to-activity.js';

const seconds = (milli: number | null | undefined): number | null => millisecondsToSeconds(milli);

/**
 * Maps a WHOOP sleep or nap to a normalized {@link @fitlink/core!Sleep}: stage durations from milliseconds
 * to seconds (slow-wave is deep), asleep time as light + deep + REM, WHOOP's sleep performance
 * as `score`, efficiency and respiratory rate; consistency, disturbances, sleep cycles and
 * sleep need in `metrics`. A sleep that is not `SCORED` keeps its times and nulls the rest.
 *
 * @param sleep - A sleep from `GET /v2/activity/sleep`.
 * @param options - Whether to keep the payload.
 * @throws ValidationError when the result breaks the model.
 * @example
 * ```ts
 * import { mapWhoopSleep, type WhoopSleep } from '@fitlink/whoop';
 *
 * declare const sleep: WhoopSleep;
 * const night = mapWhoopSleep(sleep);
 * ```
 */
export function mapWhoopSleep(sleep: WhoopSleep, options: WhoopMapOptions = {}): Sleep {
  const score = sleep.score_state === 'SCORED' ? sleep.score : undefined;
  const stages = score?.stage_summary;
  const metrics: Metrics = { scoreState: sleep.score_state };
  if (sleep.cycle_id !== undefined) metrics.cycleId = String(sleep.cycle_id);
  if (score?.sleep_consistency_percentage != null)
    metrics.consistencyPercent = score.sleep_consistency_percentage;
  if (stages?.disturbance_count != null) metrics.disturbances = stages.disturbance_count;
  if (stages?.sleep_cycle_count != null) metrics.sleepCycles = stages.sleep_cycle_count;
  if (stages?.total_no_data_time_milli != null)
    metrics.noDataSeconds = seconds(stages.total_no_data_time_milli);
  const need = score?.sleep_needed;
  if (need) {
    metrics.sleepNeedSeconds = seconds(
      need.baseline_milli +
        need.need_from_sleep_debt_milli +
        need.need_from_recent_strain_milli +
        need.need_from_recent_nap_milli,
    );
    metrics.sleepNeedBaselineSeconds = seconds(need.baseline_milli);
  }
  const asleep = stages
    ? stages.total_light_sleep_time_milli +
      stages.total_slow_wave_sleep_time_milli +
      stages.total_rem_sleep_time_milli
    : undefined;
  return createSleep({
    provider: 'whoop',
    externalId: sleep.id,
    startTime: sleep.start,
    endTime: sleep.end,
    utcOffsetMinutes: offsetMinutes(sleep.timezone_offset),
    durationSeconds: stages
      ? seconds(stages.total_in_bed_time_milli)
      : secondsBetween(sleep.start, sleep.end),
    asleepSeconds: seconds(asleep),
    awakeSeconds: seconds(stages?.total_awake_time_milli),
    lightSeconds: seconds(stages?.total_light_sleep_time_milli),
    deepSeconds: seconds(stages?.total_slow_wave_sleep_time_milli),
    remSeconds: seconds(stages?.total_rem_sleep_time_milli),
    efficiencyPercent: score?.sleep_efficiency_percentage ?? null,
    score: score?.sleep_performance_percentage ?? null,
    respiratoryRate: score?.respiratory_rate ?? null,
    isNap: sleep.nap,
    metrics,
    ...(options.includeRaw ? { raw: sleep } : {}),
  });
}
