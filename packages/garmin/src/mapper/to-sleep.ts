import { createSleep, type Metrics, type Sleep, valueOrNull } from '@fitlink/core';
import type { GarminSleep } from '../schemas/sleep.js';
import { garminOffsetMinutes, putDeviceOffset, secondsToMs } from './time.js';

/** Options of {@link mapGarminSleep}. */
export interface MapGarminSleepOptions {
  /** Keep the Garmin payload as `raw`. @defaultValue false */
  includeRaw?: boolean;
}

const NON_NEGATIVE = { nonNegative: true } as const;

/**
 * Maps a Garmin `sleeps` summary to a normalized {@link @fitlink/core!Sleep}: stage seconds as
 * sent (deep, light, REM, awake), asleep = deep + light + REM, the end at start + duration, the
 * score's value, the mean of the night's respiration values. The `validation` state is kept in
 * `metrics.validation` (an `AUTO_TENTATIVE` night is replaced later by a final one with the same
 * start: upsert, see {@link garminUpsertKey}), with `calendarDate` and unmeasurable seconds.
 *
 * @param sleep - A `sleeps` summary.
 * @param options - Whether to keep the payload.
 * @throws ValidationError when the result is invalid.
 * @example
 * ```ts
 * import { mapGarminSleep } from '@fitlink/garmin';
 * const night = mapGarminSleep(summary);
 * night.metrics.validation; // 'AUTO_FINAL'
 * ```
 */
export function mapGarminSleep(sleep: GarminSleep, options: MapGarminSleepOptions = {}): Sleep {
  const deep = valueOrNull(sleep.deepSleepDurationInSeconds, NON_NEGATIVE);
  const light = valueOrNull(sleep.lightSleepDurationInSeconds, NON_NEGATIVE);
  const rem = valueOrNull(sleep.remSleepInSeconds, NON_NEGATIVE);
  const stages = [deep, light, rem].filter((value): value is number => value !== null);
  const duration = valueOrNull(sleep.durationInSeconds, NON_NEGATIVE);
  const breaths = Object.values(sleep.timeOffsetSleepRespiration ?? {}).filter(
    (value) => Number.isFinite(value) && value > 0,
  );
  const metrics: Metrics = {};
  putDeviceOffset(metrics, sleep.startTimeOffsetInSeconds);
  if (sleep.validation) metrics.validation = sleep.validation;
  if (sleep.calendarDate) metrics.calendarDate = sleep.calendarDate;
  const unmeasurable = valueOrNull(sleep.unmeasurableSleepInSeconds, NON_NEGATIVE);
  if (unmeasurable !== null) metrics.unmeasurableSeconds = unmeasurable;
  if (sleep.overallSleepScore?.qualifierKey)
    metrics.scoreQualifier = sleep.overallSleepScore.qualifierKey;
  return createSleep({
    provider: 'garmin',
    externalId: sleep.summaryId,
    startTime: secondsToMs(sleep.startTimeInSeconds),
    endTime: secondsToMs(sleep.startTimeInSeconds + (duration ?? 0)),
    utcOffsetMinutes: garminOffsetMinutes(sleep.startTimeOffsetInSeconds),
    timeZone: null,
    durationSeconds: duration,
    asleepSeconds: stages.length > 0 ? stages.reduce((sum, value) => sum + value, 0) : null,
    awakeSeconds: valueOrNull(sleep.awakeDurationInSeconds, NON_NEGATIVE),
    lightSeconds: light,
    deepSeconds: deep,
    remSeconds: rem,
    score: valueOrNull(sleep.overallSleepScore?.value),
    respiratoryRate:
      breaths.length > 0
        ? Math.round((breaths.reduce((sum, value) => sum + value, 0) / breaths.length) * 10) / 10
        : null,
    // Garmin does not flag naps in this summary.
    isNap: null,
    metrics,
    ...(options.includeRaw ? { raw: sleep } : {}),
  });
}
