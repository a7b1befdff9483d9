import { createSandboxTimeline, type SandboxSport, type SandboxTimeline } from '@fitlink/testing';
import type { HealthConnectRecordSet } from '../schemas/records.js';
import type {
  HealthConnectWebhookCalories,
  HealthConnectWebhookExercise,
  HealthConnectWebhookHeartRate,
  HealthConnectWebhookHeartRateVariability,
  HealthConnectWebhookOxygenSaturation,
  HealthConnectWebhookPayload,
  HealthConnectWebhookRestingHeartRate,
  HealthConnectWebhookSleep,
  HealthConnectWebhookSteps,
  HealthConnectWebhookWeight,
} from '../schemas/webhook.js';

/** Options of {@link createHealthConnectFake}. */
export interface HealthConnectFakeOptions {
  /** Seed of the sandbox timeline. @defaultValue 1 */
  seed?: number;
  /** The timeline's end, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
}

/** The sandbox athlete as Health Connect holds them, and the batches HC Webhook would send. */
export interface HealthConnectFake {
  /** The shared timeline the records are rendered from. */
  readonly timeline: SandboxTimeline;
  /** Every record, in HC Webhook's arrays (one `steps` record per day, as its daily resolution). */
  readonly records: {
    readonly [K in keyof HealthConnectRecordSet]-?: NonNullable<HealthConnectRecordSet[K]>;
  };
  /**
   * The batches a daily sync sends, oldest first: each holds the records of the 48 hours
   * before it, so every record arrives twice (HC Webhook's rolling window re-sends).
   */
  readonly batches: readonly HealthConnectWebhookPayload[];
}

/** Health Connect `EXERCISE_TYPE_*` code of each timeline sport, as HC Webhook sends it. */
const EXERCISE_CODES: Readonly<Record<SandboxSport, string>> = {
  ride: '8',
  indoor_ride: '9',
  run: '56',
  treadmill_run: '57',
  walk: '79',
  hike: '37',
  swim: '74',
  indoor_row: '54',
  strength: '70',
  yoga: '83',
  meditation: '33',
};

const DAY_MS = 86_400_000;
const WINDOW_MS = 48 * 3_600_000;
// HC Webhook writes Instant.toString(): no milliseconds when they are zero.
const instant = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * Renders the sandbox timeline as Health Connect records and the HC Webhook batches that carry
 * them: exercise sessions with heart-rate samples and active energy inside them, sleep sessions
 * with stage codes, a daily step count, resting heart rate, HRV, SpO2 and a weekly weight.
 * Every instant is UTC (the exporter keeps no offset).
 *
 * @param options - Seed, end and length of the timeline.
 * @example
 * ```ts
 * import { createHealthConnectFake } from '@fitlink/health-connect/testing';
 * const fake = createHealthConnectFake({ now: Date.parse('2026-11-22T12:00:00Z'), days: 14 });
 * fake.batches.length; // 14
 * ```
 */
export function createHealthConnectFake(options: HealthConnectFakeOptions = {}): HealthConnectFake {
  const timeline = createSandboxTimeline({
    seed: options.seed ?? 1,
    now: options.now ?? Date.now(),
    days: options.days ?? 90,
  });
  const exercise: HealthConnectWebhookExercise[] = [];
  const heartRate: HealthConnectWebhookHeartRate[] = [];
  const activeCalories: HealthConnectWebhookCalories[] = [];
  for (const workout of timeline.workouts) {
    const endMs = workout.startMs + workout.elapsedSeconds * 1000;
    exercise.push({
      type: EXERCISE_CODES[workout.sport],
      title: workout.title,
      start_time: instant(workout.startMs),
      end_time: instant(endMs),
      duration_seconds: workout.elapsedSeconds,
      ...(workout.distanceMeters !== null ? { distance_meters: workout.distanceMeters } : {}),
    });
    // Two samples whose mean is the workout's average and whose larger one is its maximum.
    heartRate.push(
      {
        bpm: 2 * workout.averageHeartRate - workout.maxHeartRate,
        time: instant(workout.startMs + 60_000),
      },
      { bpm: workout.maxHeartRate, time: instant(endMs - 60_000) },
    );
    activeCalories.push({
      calories: workout.energyKcal,
      start_time: instant(workout.startMs),
      end_time: instant(endMs),
    });
  }
  const sleep: HealthConnectWebhookSleep[] = timeline.sleeps.map((night) => {
    const stages: Array<[string, number]> = [
      ['4', night.lightMs / 2],
      ['5', night.deepMs],
      ['6', night.remMs],
      ['4', night.lightMs / 2],
      ['1', night.awakeMs],
    ];
    let at = night.startMs;
    return {
      session_end_time: instant(night.endMs),
      duration_seconds: Math.round((night.endMs - night.startMs) / 1000),
      stages: stages.map(([stage, ms]) => {
        const start = at;
        at += ms;
        return {
          stage,
          start_time: instant(start),
          end_time: instant(at),
          duration_seconds: Math.round(ms / 1000),
        };
      }),
    };
  });
  const steps: HealthConnectWebhookSteps[] = [];
  const resting: HealthConnectWebhookRestingHeartRate[] = [];
  const hrv: HealthConnectWebhookHeartRateVariability[] = [];
  const spo2: HealthConnectWebhookOxygenSaturation[] = [];
  const weight: HealthConnectWebhookWeight[] = [];
  timeline.recovery.forEach((day, index) => {
    steps.push({
      count: day.steps,
      start_time: instant(day.startMs),
      end_time: instant(day.startMs + 14 * 3_600_000),
    });
    resting.push({ bpm: day.restingHeartRate, time: instant(day.startMs) });
    hrv.push({ rmssd_millis: day.hrvRmssdMs, time: instant(day.startMs) });
    spo2.push({ percentage: day.spo2Percent, time: instant(day.startMs) });
    if (index % 7 === 0) weight.push({ kilograms: 72.4, time: instant(day.startMs + 600_000) });
  });
  const records = {
    steps,
    sleep,
    heart_rate: heartRate,
    heart_rate_variability: hrv,
    resting_heart_rate: resting,
    distance: [],
    active_calories: activeCalories,
    total_calories: [],
    weight,
    oxygen_saturation: spo2,
    exercise,
  };
  const timeOf = (record: object): number => {
    const value = record as Record<string, unknown>;
    const text = value.time ?? value.start_time ?? value.session_end_time;
    return Date.parse(String(text));
  };
  const batches: HealthConnectWebhookPayload[] = [];
  for (let syncMs = timeline.fromMs + DAY_MS; syncMs <= timeline.toMs; syncMs += DAY_MS) {
    const batch: Record<string, unknown> = { timestamp: instant(syncMs), app_version: '2.4.0' };
    for (const [type, list] of Object.entries(records)) {
      const inside = (list as object[]).filter((record) => {
        const at = timeOf(record);
        return at >= syncMs - WINDOW_MS && at < syncMs;
      });
      // HC Webhook leaves out a type with nothing in the batch; arrays are never empty.
      if (inside.length > 0) batch[type] = inside;
    }
    batches.push(batch as HealthConnectWebhookPayload);
  }
  return { timeline, records, batches };
}
