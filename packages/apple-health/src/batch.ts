import {
  type Activity,
  FitlinkError,
  idempotencyKey,
  type Samples,
  type Sleep,
} from '@fitlink/core';
import { mapAppleHealthWorkout } from './mapper/to-activity.js';
import {
  type AppleHealthMetricSample,
  type AppleHealthSampleIssue,
  mapAppleHealthMetric,
} from './mapper/to-metric-samples.js';
import { mapAppleHealthWorkoutSamples } from './mapper/to-samples.js';
import { mapAppleHealthSleepNight, mapAppleHealthSleepStages } from './mapper/to-sleep.js';
import type { AppleHealthExport } from './schemas/export.js';
import {
  type AppleHealthHeartRateSample,
  appleHealthHeartRateSampleSchema,
} from './schemas/metric.js';
import {
  type AppleHealthSleepStage,
  appleHealthSleepNightSchema,
  appleHealthSleepStageSchema,
} from './schemas/sleep.js';

/** A normalized record with its idempotency key: store by `key`, and a replay changes nothing. */
export interface AppleHealthKeyed<T> {
  /** Stable across re-sends of the same data (workout id, sleep start, metric + instant + source). */
  readonly key: string;
  /** The record. */
  readonly record: T;
}

/** An entry of the batch that could not be read, with where it is in the body. */
export interface AppleHealthBatchIssue {
  /** Path from the body root (`['data', 'metrics', 2, 'data', 5]`). */
  readonly path: readonly (string | number)[];
  /** What was wrong. */
  readonly message: string;
}

/** Data types fitlink has no model for, passed through as the app sent them. */
export interface AppleHealthUnmapped {
  /** `stateOfMind` entries. */
  readonly stateOfMind: readonly Record<string, unknown>[];
  /** `medications` entries. */
  readonly medications: readonly Record<string, unknown>[];
  /** `symptoms` entries. */
  readonly symptoms: readonly Record<string, unknown>[];
  /** `cycleTracking` entries. */
  readonly cycleTracking: readonly Record<string, unknown>[];
  /** `ecg` entries. */
  readonly ecg: readonly Record<string, unknown>[];
  /** `heartRateNotifications` entries. */
  readonly heartRateNotifications: readonly Record<string, unknown>[];
}

/**
 * One Health Auto Export POST, read: normalized records with idempotency keys, the metric
 * samples (daily summaries are built from stored samples, since a batch may hold part of a
 * day), what fitlink does not model, the metric names it did not know, and the entries it
 * could not read. Nothing in a batch is dropped silently.
 */
export interface AppleHealthBatch {
  /** Workouts as activities, keyed by the workout `id`. */
  readonly activities: readonly AppleHealthKeyed<Activity>[];
  /** Each workout's heart rate and route, keyed like its activity. */
  readonly samples: readonly AppleHealthKeyed<Samples>[];
  /** Sleeps (aggregated nights and stage rows), keyed by their first asleep instant. */
  readonly sleeps: readonly AppleHealthKeyed<Sleep>[];
  /** Every metric sample, converted to fitlink's units where known. */
  readonly metricSamples: readonly AppleHealthKeyed<AppleHealthMetricSample>[];
  /** Data types passed through unmapped. */
  readonly unmapped: AppleHealthUnmapped;
  /** Metric names fitlink does not know; their samples are kept unconverted. */
  readonly unknownMetrics: readonly string[];
  /** Entries left out, with their paths. */
  readonly issues: readonly AppleHealthBatchIssue[];
}

/** Options of {@link readAppleHealthBatch}. */
export interface ReadAppleHealthBatchOptions {
  /** Keep each workout and night payload as `raw`. @defaultValue false */
  includeRaw?: boolean;
}

const describe = (error: unknown) =>
  error instanceof FitlinkError ? error.message : 'could not be mapped';

const isSleepStage = (entry: Record<string, unknown>) => 'startDate' in entry && 'value' in entry;

/**
 * Reads a validated export body into an {@link AppleHealthBatch}: workouts to activities and
 * samples, `sleep_analysis` to sleeps (both the aggregated and the per-stage form), every other
 * metric to samples in SI units, and the other arrays passed through. An entry that cannot be
 * read is listed in `issues` (the rest of the batch still counts); an unknown metric name is
 * listed in `unknownMetrics`, not rejected.
 *
 * @param body - A body that passed {@link appleHealthExportSchema}.
 * @param options - Whether to keep payloads.
 * @example
 * ```ts
 * const batch = readAppleHealthBatch(appleHealthExportSchema.parse(json));
 * for (const { key, record } of batch.activities) await db.upsert(key, record);
 * ```
 */
export function readAppleHealthBatch(
  body: AppleHealthExport,
  options: ReadAppleHealthBatchOptions = {},
): AppleHealthBatch {
  const issues: AppleHealthBatchIssue[] = [];
  const metricSamples: AppleHealthKeyed<AppleHealthMetricSample>[] = [];
  const sleeps: AppleHealthKeyed<Sleep>[] = [];
  const unknownMetrics = new Set<string>();
  const heartRate: AppleHealthHeartRateSample[] = [];
  const metrics = body.data.metrics ?? [];

  metrics.forEach((metric, metricIndex) => {
    const at = (path: readonly (string | number)[]) => ['data', 'metrics', metricIndex, ...path];
    if (metric.name === 'sleep_analysis') {
      const stages: AppleHealthSleepStage[] = [];
      metric.data.forEach((entry, index) => {
        if (isSleepStage(entry)) {
          const stage = appleHealthSleepStageSchema.safeParse(entry);
          if (stage.success) stages.push(stage.data);
          else issues.push({ path: at(['data', index]), message: 'expected a sleep stage row' });
          return;
        }
        const night = appleHealthSleepNightSchema.safeParse(entry);
        if (!night.success) {
          issues.push({ path: at(['data', index]), message: 'expected a sleep night' });
          return;
        }
        try {
          const sleep = mapAppleHealthSleepNight(night.data, {
            units: metric.units ?? null,
            ...(options.includeRaw === undefined ? {} : { includeRaw: options.includeRaw }),
          });
          sleeps.push({
            key: idempotencyKey('apple-health', 'sleep', sleep.externalId),
            record: sleep,
          });
        } catch (error) {
          issues.push({ path: at(['data', index]), message: describe(error) });
        }
      });
      try {
        for (const sleep of mapAppleHealthSleepStages(stages))
          sleeps.push({
            key: idempotencyKey('apple-health', 'sleep', sleep.externalId),
            record: sleep,
          });
      } catch (error) {
        issues.push({ path: at(['data']), message: describe(error) });
      }
      return;
    }
    const reading = mapAppleHealthMetric(metric);
    if (!reading.known) unknownMetrics.add(metric.name);
    for (const issue of reading.issues) issues.push(toBatchIssue(at([]), issue));
    for (const sample of reading.samples) metricSamples.push({ key: sample.key, record: sample });
    if (metric.name === 'heart_rate') {
      for (const entry of metric.data) {
        const sample = appleHealthHeartRateSampleSchema.safeParse(entry);
        if (sample.success) heartRate.push(sample.data);
      }
    }
  });

  const activities: AppleHealthKeyed<Activity>[] = [];
  const samples: AppleHealthKeyed<Samples>[] = [];
  (body.data.workouts ?? []).forEach((workout, index) => {
    const key = idempotencyKey('apple-health', 'workout', workout.id);
    try {
      const activity = mapAppleHealthWorkout(workout, options);
      activities.push({ key, record: activity });
      const series = mapAppleHealthWorkoutSamples(workout, { heartRate });
      if (series !== null) samples.push({ key, record: series });
    } catch (error) {
      issues.push({ path: ['data', 'workouts', index], message: describe(error) });
    }
  });

  const pass = (entries: readonly Record<string, unknown>[] | null | undefined) => entries ?? [];
  return {
    activities: dedupe(activities),
    samples: dedupe(samples),
    sleeps: dedupe(sleeps),
    metricSamples: dedupe(metricSamples),
    unmapped: {
      stateOfMind: pass(body.data.stateOfMind),
      medications: pass(body.data.medications),
      symptoms: pass(body.data.symptoms),
      cycleTracking: pass(body.data.cycleTracking),
      ecg: pass(body.data.ecg),
      heartRateNotifications: pass(body.data.heartRateNotifications),
    },
    unknownMetrics: [...unknownMetrics].sort(),
    issues,
  };
}

const toBatchIssue = (
  prefix: readonly (string | number)[],
  issue: AppleHealthSampleIssue,
): AppleHealthBatchIssue => ({ path: [...prefix, ...issue.path], message: issue.message });

/** Within one batch the same key twice (a period sent with overlap) keeps the last. */
function dedupe<T>(entries: readonly AppleHealthKeyed<T>[]): AppleHealthKeyed<T>[] {
  const byKey = new Map<string, AppleHealthKeyed<T>>();
  for (const entry of entries) byKey.set(entry.key, entry);
  return [...byKey.values()];
}
