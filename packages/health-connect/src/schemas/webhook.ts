import * as z from 'zod/mini';
import {
  healthConnectAmountSchema,
  healthConnectInstantSchema,
  healthConnectRecordMetadataSchema,
} from './fields.js';

const metadata = z.optional(healthConnectRecordMetadataSchema);

/**
 * One `steps` interval of an HC Webhook batch.
 *
 * @see https://github.com/mcnaveen/health-connect-webhook/blob/main/docs/webhook.md
 */
export const healthConnectWebhookStepsSchema = z.looseObject({
  /** Steps in the interval. */
  count: healthConnectAmountSchema,
  /** Interval start (UTC). */
  start_time: healthConnectInstantSchema,
  /** Interval end (UTC). */
  end_time: healthConnectInstantSchema,
  /** Record identity, when the exporter sends it. */
  metadata,
});

/** One `steps` interval of an HC Webhook batch. */
export type HealthConnectWebhookSteps = z.infer<typeof healthConnectWebhookStepsSchema>;

/** One stage of a sleep session (`stage` is Health Connect's stage constant as text). */
export const healthConnectWebhookSleepStageSchema = z.looseObject({
  /** Health Connect `SleepSessionRecord.STAGE_TYPE_*` as text: `"4"` (light), `"5"` (deep) … */
  stage: z.union([z.string(), z.number()]),
  /** Stage start (UTC). */
  start_time: healthConnectInstantSchema,
  /** Stage end (UTC). */
  end_time: healthConnectInstantSchema,
  /** Stage length in seconds. */
  duration_seconds: z.optional(healthConnectAmountSchema),
});

/** One stage of a sleep session. */
export type HealthConnectWebhookSleepStage = z.infer<typeof healthConnectWebhookSleepStageSchema>;

/** One `sleep` session of an HC Webhook batch: its end, its length and its stages. */
export const healthConnectWebhookSleepSchema = z.looseObject({
  /** End of the session (UTC); the start is `session_end_time - duration_seconds`. */
  session_end_time: healthConnectInstantSchema,
  /** Whole session length in seconds. */
  duration_seconds: healthConnectAmountSchema,
  /** When Health Connect last changed the session (interim vs final), when known. */
  sleep_updated_at: z.nullish(healthConnectInstantSchema),
  /** The stages, in order; empty when the exporter sends summaries only. */
  stages: z.optional(z.array(healthConnectWebhookSleepStageSchema)),
  /** Record identity, when the exporter sends it. */
  metadata,
});

/** One `sleep` session of an HC Webhook batch. */
export type HealthConnectWebhookSleep = z.infer<typeof healthConnectWebhookSleepSchema>;

/** One `heart_rate` sample: `bpm` at `time`. */
export const healthConnectWebhookHeartRateSchema = z.looseObject({
  /** Beats per minute. */
  bpm: z.number(),
  /** Sample time (UTC). */
  time: healthConnectInstantSchema,
  /** Record identity, when the exporter sends it. */
  metadata,
});
/** One `heart_rate` sample. */
export type HealthConnectWebhookHeartRate = z.infer<typeof healthConnectWebhookHeartRateSchema>;

/** One `resting_heart_rate` sample: `bpm` at `time`. */
export const healthConnectWebhookRestingHeartRateSchema = z.looseObject({
  /** Resting heart rate, beats per minute. */
  bpm: z.number(),
  /** Sample time (UTC). */
  time: healthConnectInstantSchema,
  /** Record identity, when the exporter sends it. */
  metadata,
});
/** One `resting_heart_rate` sample. */
export type HealthConnectWebhookRestingHeartRate = z.infer<
  typeof healthConnectWebhookRestingHeartRateSchema
>;

/** One `heart_rate_variability` sample: RMSSD in milliseconds at `time`. */
export const healthConnectWebhookHeartRateVariabilitySchema = z.looseObject({
  /** HRV as RMSSD, milliseconds. */
  rmssd_millis: z.number(),
  /** Sample time (UTC). */
  time: healthConnectInstantSchema,
  /** Record identity, when the exporter sends it. */
  metadata,
});
/** One `heart_rate_variability` sample. */
export type HealthConnectWebhookHeartRateVariability = z.infer<
  typeof healthConnectWebhookHeartRateVariabilitySchema
>;

/** One `weight` sample: `kilograms` at `time`. */
export const healthConnectWebhookWeightSchema = z.looseObject({
  /** Body mass, kilograms. */
  kilograms: z.number(),
  /** Sample time (UTC). */
  time: healthConnectInstantSchema,
  /** Record identity, when the exporter sends it. */
  metadata,
});
/** One `weight` sample. */
export type HealthConnectWebhookWeight = z.infer<typeof healthConnectWebhookWeightSchema>;

/** One `oxygen_saturation` sample: `percentage` (0–100) at `time`. */
export const healthConnectWebhookOxygenSaturationSchema = z.looseObject({
  /** SpO2, 0–100. */
  percentage: z.number(),
  /** Sample time (UTC). */
  time: healthConnectInstantSchema,
  /** Record identity, when the exporter sends it. */
  metadata,
});
/** One `oxygen_saturation` sample. */
export type HealthConnectWebhookOxygenSaturation = z.infer<
  typeof healthConnectWebhookOxygenSaturationSchema
>;

/** One `distance` interval: `meters` between `start_time` and `end_time`. */
export const healthConnectWebhookDistanceSchema = z.looseObject({
  /** Distance in metres. */
  meters: healthConnectAmountSchema,
  /** Interval start (UTC). */
  start_time: healthConnectInstantSchema,
  /** Interval end (UTC). */
  end_time: healthConnectInstantSchema,
  /** Record identity, when the exporter sends it. */
  metadata,
});
/** One `distance` interval. */
export type HealthConnectWebhookDistance = z.infer<typeof healthConnectWebhookDistanceSchema>;

/** One `active_calories` or `total_calories` interval: `calories` in kilocalories. */
export const healthConnectWebhookCaloriesSchema = z.looseObject({
  /** Energy in kilocalories. */
  calories: healthConnectAmountSchema,
  /** Interval start (UTC). */
  start_time: healthConnectInstantSchema,
  /** Interval end (UTC). */
  end_time: healthConnectInstantSchema,
  /** Record identity, when the exporter sends it. */
  metadata,
});
/** One `active_calories` or `total_calories` interval. */
export type HealthConnectWebhookCalories = z.infer<typeof healthConnectWebhookCaloriesSchema>;

/** One `exercise` session. */
export const healthConnectWebhookExerciseSchema = z.looseObject({
  /**
   * Health Connect's exercise type as text: the `EXERCISE_TYPE_*` constant (`"56"`, running) in
   * HC Webhook, or its name (`"running"`) in other exporters.
   */
  type: z.union([z.string(), z.number()]),
  /** The session's title, when the recording app gave one. */
  title: z.nullish(z.string()),
  /** Session start (UTC). */
  start_time: healthConnectInstantSchema,
  /** Session end (UTC). */
  end_time: healthConnectInstantSchema,
  /** Session length in seconds. */
  duration_seconds: z.optional(healthConnectAmountSchema),
  /** Distance in metres recorded during the session, when enabled. */
  distance_meters: z.nullish(healthConnectAmountSchema),
  /** Steps during the session, when enabled. */
  steps: z.nullish(healthConnectAmountSchema),
  /** Average cadence, steps per minute. */
  avg_cadence_spm: z.nullish(healthConnectAmountSchema),
  /** Highest cadence, steps per minute. */
  max_cadence_spm: z.nullish(healthConnectAmountSchema),
  /** Stride length in metres. */
  stride_length_m: z.nullish(healthConnectAmountSchema),
  /** Record identity, when the exporter sends it. */
  metadata,
});
/** One `exercise` session. */
export type HealthConnectWebhookExercise = z.infer<typeof healthConnectWebhookExerciseSchema>;

/**
 * An HC Webhook batch (mcnaveen/health-connect-webhook, `com.hcwebhook.app`): when it was
 * built, the app version, and one array per record type that has records (arrays are never
 * empty; an absent key means "nothing new"). Times are UTC instants, units SI. The arrays
 * fitlink maps are typed here; every other array (`height`, `blood_pressure`, `nutrition` …)
 * passes through untouched and is reported as unmapped.
 *
 * @see https://github.com/mcnaveen/health-connect-webhook/blob/main/docs/webhook.md
 */
export const healthConnectWebhookPayloadSchema = z.looseObject({
  /** When the app built the batch (not the records' time range). */
  timestamp: healthConnectInstantSchema,
  /** The app's version name. */
  app_version: z.nullish(z.string()),
  /** Step intervals. */
  steps: z.optional(z.array(healthConnectWebhookStepsSchema)),
  /** Sleep sessions. */
  sleep: z.optional(z.array(healthConnectWebhookSleepSchema)),
  /** Heart-rate samples. */
  heart_rate: z.optional(z.array(healthConnectWebhookHeartRateSchema)),
  /** HRV (RMSSD) samples. */
  heart_rate_variability: z.optional(z.array(healthConnectWebhookHeartRateVariabilitySchema)),
  /** Resting heart rate samples. */
  resting_heart_rate: z.optional(z.array(healthConnectWebhookRestingHeartRateSchema)),
  /** Distance intervals. */
  distance: z.optional(z.array(healthConnectWebhookDistanceSchema)),
  /** Active energy intervals. */
  active_calories: z.optional(z.array(healthConnectWebhookCaloriesSchema)),
  /** Total energy intervals. */
  total_calories: z.optional(z.array(healthConnectWebhookCaloriesSchema)),
  /** Weight measurements. */
  weight: z.optional(z.array(healthConnectWebhookWeightSchema)),
  /** SpO2 samples. */
  oxygen_saturation: z.optional(z.array(healthConnectWebhookOxygenSaturationSchema)),
  /** Exercise sessions. */
  exercise: z.optional(z.array(healthConnectWebhookExerciseSchema)),
});

/** An HC Webhook batch. */
export type HealthConnectWebhookPayload = z.infer<typeof healthConnectWebhookPayloadSchema>;

/** The HC Webhook arrays fitlink maps (the others pass through and are reported). */
export const HEALTH_CONNECT_WEBHOOK_MAPPED_TYPES = [
  'steps',
  'sleep',
  'heart_rate',
  'heart_rate_variability',
  'resting_heart_rate',
  'distance',
  'active_calories',
  'total_calories',
  'weight',
  'oxygen_saturation',
  'exercise',
] as const;

/** One HC Webhook array fitlink maps. */
export type HealthConnectWebhookMappedType = (typeof HEALTH_CONNECT_WEBHOOK_MAPPED_TYPES)[number];
