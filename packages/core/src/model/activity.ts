import * as z from 'zod/mini';
import { buildRecord, type RecordInput } from './build-record.js';
import {
  externalIdSchema,
  idMatchesProvider,
  instantSchema,
  nullableAmountSchema,
  nullableHeartRateSchema,
  nullableTextSchema,
  providerIdSchema,
  rawSchema,
  timeZoneSchema,
  utcOffsetMinutesSchema,
} from './fields.js';
import { metricsSchema } from './metrics.js';
import { sportSchema } from './sport.js';

/**
 * How an activity's `energyKcal` was obtained: the provider's own estimate of energy expended,
 * or a conversion of mechanical work (see `Activity.energySource`).
 */
export const energySources = ['provider', 'work'] as const;

/** How an activity's `energyKcal` was obtained, from {@link energySources}. */
export type EnergySource = (typeof energySources)[number];

/** Validates an {@link EnergySource} or `null`. */
export const energySourceSchema = z.nullable(z.enum(energySources));

/**
 * One workout from any provider, in SI units. Unknown values are `null`, never `0`.
 */
export const activitySchema = z
  .object({
    /** `<provider>:<externalId>`, unique across providers. */
    id: z.string(),
    /** Provider id, such as `strava`. */
    provider: providerIdSchema,
    /** The provider's own id, as a string. */
    externalId: externalIdSchema,
    /** Canonical sport; `other` when the provider's type is unknown. */
    sport: sportSchema,
    /** The provider's own type, unmapped (Strava `sport_type`, Garmin `activityType` …). */
    providerSport: nullableTextSchema,
    /** Title given by the user or the provider. */
    name: z.nullable(z.string()),
    /** Start as ISO 8601 UTC with milliseconds. */
    startTime: instantSchema,
    /** Offset of local time at the start, in minutes. */
    utcOffsetMinutes: utcOffsetMinutesSchema,
    /** IANA zone of the start, when the provider gives one. */
    timeZone: timeZoneSchema,
    /**
     * The activity's duration in seconds: wall-clock time from start to end, pauses included.
     * Filled whenever the provider reports any duration: a provider with a single duration
     * (SmashRun, TrainingPeaks) puts it here, so summing `elapsedSeconds` covers every provider.
     * `null` only when the provider reports no duration at all.
     */
    elapsedSeconds: nullableAmountSchema,
    /**
     * Time in motion, pauses excluded, in seconds. Only when the provider distinguishes pauses
     * (Strava's `moving_time`); otherwise `null`, never a copy of `elapsedSeconds`. Never set
     * without `elapsedSeconds`.
     */
    movingSeconds: nullableAmountSchema,
    /** Distance in metres. */
    distanceMetres: nullableAmountSchema,
    /** Total ascent in metres. */
    elevationGainMetres: nullableAmountSchema,
    /**
     * Energy expended (metabolic), in kilocalories. Where it comes from is in `energySource`:
     * no provider measures it, every value is an estimate. A provider giving energy in kJ
     * (WHOOP) is converted by unit with `kilojoulesToKilocalories`; mechanical work is not
     * energy expended and goes to `workKilojoules`.
     */
    energyKcal: nullableAmountSchema,
    /**
     * How `energyKcal` was obtained, `null` exactly when it is `null`:
     * - `provider`: the provider's own estimate of energy expended (calories, WHOOP's kJ), from
     *   heart rate, power and the user's profile;
     * - `work`: converted from mechanical work (`workKilojoules`) at 1 kJ ≈ 1 kcal (Strava's
     *   rule when it has no calories: ~24% human efficiency cancels 4.184 kJ per kcal).
     *
     * To total energy across providers without mixing the two, filter on it.
     */
    energySource: energySourceSchema,
    /**
     * Mechanical work done (at the pedals, the handle), in kilojoules: Strava `kilojoules`,
     * Peloton's total output, TrainingPeaks `Energy`. Measured by a power meter or estimated by
     * the provider from speed and weight; it is not energy expended (`energyKcal`).
     */
    workKilojoules: nullableAmountSchema,
    /** Average heart rate in beats per minute. */
    heartRateAvgBpm: nullableHeartRateSchema,
    /** Highest heart rate in beats per minute. */
    heartRateMaxBpm: nullableHeartRateSchema,
    /** Average power in watts. */
    powerAvgWatts: nullableAmountSchema,
    /** Highest power in watts. */
    powerMaxWatts: nullableAmountSchema,
    /** Normalized (weighted average) power in watts. */
    powerNormalizedWatts: nullableAmountSchema,
    /** Average speed in metres per second. */
    speedAvgMetresPerSecond: nullableAmountSchema,
    /** Highest speed in metres per second. */
    speedMaxMetresPerSecond: nullableAmountSchema,
    /**
     * Average cadence per minute: revolutions for cycling, strokes for rowing and swimming,
     * steps with both feet for running (double a provider's per-foot value, as Strava's).
     */
    cadenceAvg: nullableAmountSchema,
    /** Step count. */
    steps: nullableAmountSchema,
    /** Provider scores with no common field (strain, TSS, zone times …). */
    metrics: metricsSchema,
    /** Name of the recording device. */
    device: nullableTextSchema,
    /** Whether the activity was entered by hand rather than recorded. */
    manual: z.nullable(z.boolean()),
    /** The provider payload, when kept. */
    raw: rawSchema,
  })
  .check(
    idMatchesProvider(),
    z.refine(
      (activity: { elapsedSeconds: number | null; movingSeconds: number | null }) =>
        // An invalid moving time is reported at its own path, not here.
        !(typeof activity.movingSeconds === 'number' && activity.movingSeconds >= 0) ||
        activity.elapsedSeconds !== null,
      {
        message: 'expected elapsedSeconds whenever movingSeconds is known',
        path: ['elapsedSeconds'],
      },
    ),
    z.refine(
      (activity: { energyKcal: number | null; energySource: EnergySource | null }) =>
        // A missing field (undefined) is reported at its own path, not here.
        ((activity.energyKcal ?? null) === null) === ((activity.energySource ?? null) === null),
      { message: 'expected energySource exactly when energyKcal is known', path: ['energySource'] },
    ),
  );

/** One workout from any provider, in SI units. */
export type Activity = z.infer<typeof activitySchema>;

/**
 * Input of {@link createActivity}: provider, external id and start are required; every other
 * field may be left out. `startTime` takes a `Date`, epoch ms or ISO string with an offset.
 */
export type ActivityInput = RecordInput<
  Activity,
  'provider' | 'externalId' | 'startTime',
  'startTime'
>;

/**
 * Builds a normalized activity: fills `null` for missing fields, `other` for a missing sport
 * and `{}` for missing metrics, `energySource: 'provider'` when `energyKcal` is given without
 * one, builds `id`, normalizes `startTime` to UTC, and validates (`movingSeconds` without
 * `elapsedSeconds` is invalid: a provider's single duration goes to `elapsedSeconds`).
 *
 * @throws ValidationError with the path of each invalid field.
 *
 * @example
 * ```ts
 * const activity = createActivity({
 *   provider: 'strava',
 *   externalId: '42',
 *   sport: mapSport(stravaSports, 'MountainBikeRide'),
 *   startTime: '2026-05-01T06:30:00Z',
 *   distanceMetres: milesToMetres(10),
 * });
 * activity.id; // 'strava:42'
 * ```
 */
export function createActivity(input: ActivityInput): Activity {
  const energyKnown = input.energyKcal !== undefined && input.energyKcal !== null;
  return buildRecord(activitySchema, input, {
    label: 'activity',
    instantKeys: ['startTime'],
    defaults: { sport: 'other', metrics: {}, energySource: energyKnown ? 'provider' : null },
  });
}
