import { createSleep, type Metrics, type Sleep } from '@fitlink/core';
import type { GoogleHealthSleepPoint } from '../schemas/data-point.js';
import type { GoogleHealthMapOptions } from './map-options.js';
import { int64Value, offsetMinutes, resourceId, secondsBetween } from './values.js';

/** Seconds per stage type, from the segments (exact) or else from the summary (whole minutes). */
function stageSeconds(point: GoogleHealthSleepPoint): Map<string, number> | undefined {
  const { sleep } = point;
  if (sleep.stages && sleep.stages.length > 0) {
    const totals = new Map<string, number>();
    for (const stage of sleep.stages) {
      const seconds = secondsBetween(stage.startTime, stage.endTime) ?? 0;
      totals.set(stage.type, (totals.get(stage.type) ?? 0) + seconds);
    }
    return totals;
  }
  const summaries = sleep.summary?.stagesSummary;
  if (!summaries || summaries.length === 0) return undefined;
  const totals = new Map<string, number>();
  for (const stage of summaries) {
    const minutes = int64Value(stage.minutes);
    // An absent `minutes` on a listed stage is proto3's zero.
    totals.set(stage.type, (totals.get(stage.type) ?? 0) + (minutes ?? 0) * 60);
  }
  return totals;
}

/**
 * Maps a `sleep` data point to a normalized {@link @fitlink/core!Sleep}: times in UTC with the
 * user's offset, stage seconds summed from the stage segments (or Google's per-stage minutes):
 * `LIGHT`, `DEEP`, `REM` for stages sleep; classic sleep (`ASLEEP`, `RESTLESS`, `AWAKE`) has no
 * light/deep/REM split, so those stay `null`. Asleep time is light + deep + REM (or `ASLEEP`),
 * awake time the `AWAKE` segments, latency Google's minutes to fall asleep, efficiency asleep
 * over time in bed; naps from `metadata.nap`. A session with neither stages nor summary keeps
 * its times and nulls the rest.
 *
 * @param point - A point from `dataTypes/sleep/dataPoints`.
 * @param options - Whether to keep the payload.
 * @throws ValidationError when the result breaks the model.
 * @example
 * ```ts
 * import { mapGoogleHealthSleep, type GoogleHealthSleepPoint } from '@fitlink/google-health';
 *
 * declare const point: GoogleHealthSleepPoint;
 * const night = mapGoogleHealthSleep(point);
 * ```
 */
export function mapGoogleHealthSleep(
  point: GoogleHealthSleepPoint,
  options: GoogleHealthMapOptions = {},
): Sleep {
  const { sleep } = point;
  const { interval, summary, metadata } = sleep;
  const totals = stageSeconds(point);
  const classic = sleep.type === 'CLASSIC' || totals?.has('ASLEEP') === true;
  const get = (type: string): number | null => (totals ? (totals.get(type) ?? 0) : null);
  const light = classic ? null : get('LIGHT');
  const deep = classic ? null : get('DEEP');
  const rem = classic ? null : get('REM');
  const summaryAsleep = int64Value(summary?.minutesAsleep);
  const asleep = totals
    ? classic
      ? get('ASLEEP')
      : (light ?? 0) + (deep ?? 0) + (rem ?? 0)
    : summaryAsleep === null
      ? null
      : summaryAsleep * 60;
  const summaryAwake = int64Value(summary?.minutesAwake);
  const awake = totals ? get('AWAKE') : summaryAwake === null ? null : summaryAwake * 60;
  const inBed = secondsBetween(interval.startTime, interval.endTime);
  const latency = int64Value(summary?.minutesToFallAsleep);
  const metrics: Metrics = {};
  if (sleep.type !== undefined) metrics.sleepType = sleep.type;
  if (metadata?.stagesStatus !== undefined) metrics.stagesStatus = metadata.stagesStatus;
  if (classic && totals) metrics.restlessSeconds = get('RESTLESS');
  const afterWake = int64Value(summary?.minutesAfterWakeUp);
  if (afterWake !== null) metrics.afterWakeSeconds = afterWake * 60;
  const externalId =
    resourceId(point.name) ?? metadata?.externalId ?? String(Date.parse(interval.startTime));
  return createSleep({
    provider: 'google-health',
    externalId,
    startTime: interval.startTime,
    endTime: interval.endTime,
    utcOffsetMinutes: offsetMinutes(interval.startUtcOffset),
    durationSeconds: inBed,
    asleepSeconds: asleep,
    awakeSeconds: awake,
    lightSeconds: light,
    deepSeconds: deep,
    remSeconds: rem,
    latencySeconds: latency === null ? null : latency * 60,
    efficiencyPercent:
      asleep !== null && inBed !== null && inBed > 0
        ? Math.min(100, Math.round((asleep / inBed) * 1000) / 10)
        : null,
    isNap: metadata?.nap ?? null,
    metrics,
    ...(options.includeRaw ? { raw: point } : {}),
  });
}
