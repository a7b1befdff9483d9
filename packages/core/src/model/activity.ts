import * as z from 'zod/mini';
import {
  type BuildRecordSettings,
  buildRecord,
  givenOrNull,
  idOf,
  instantOrNull,
  type RecordInput,
} from './build-record.js';
import {
  type FastTest,
  fastParserOf,
  fastTestOf,
  NOT_VOUCHED,
  withFastTest,
} from './fast-parse.js';
import {
  externalIdSchema,
  idMatchesProvider,
  instantSchema,
  nullableAmountSchema,
  nullableBooleanSchema,
  nullableHeartRateSchema,
  nullableStringSchema,
  nullableTextSchema,
  providerIdSchema,
  rawSchema,
  recordIdSchema,
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
export const energySourceSchema = withFastTest(
  z.nullable(z.enum(energySources)),
  (value) => value === null || value === 'provider' || value === 'work',
);

// The record-level rules, as predicates the schema's checks and the builder's fast path share.
// An invalid moving time is reported at its own path, not here.
const elapsedWhenMoving = (activity: {
  elapsedSeconds: number | null;
  movingSeconds: number | null;
}): boolean =>
  !(typeof activity.movingSeconds === 'number' && activity.movingSeconds >= 0) ||
  activity.elapsedSeconds !== null;

// A missing field (undefined) is reported at its own path, not here.
const energySourceWithEnergy = (activity: {
  energyKcal: number | null;
  energySource: EnergySource | null;
}): boolean =>
  ((activity.energyKcal ?? null) === null) === ((activity.energySource ?? null) === null);

/**
 * One workout from any provider, in SI units. Unknown values are `null`, never `0`.
 */
export const activitySchema = z
  .object({
    /** `<provider>:<externalId>`, unique across providers. */
    id: recordIdSchema,
    /** Provider id, such as `strava`. */
    provider: providerIdSchema,
    /** The provider's own id, as a string. */
    externalId: externalIdSchema,
    /** Canonical sport; `other` when the provider's type is unknown. */
    sport: sportSchema,
    /** The provider's own type, unmapped (Strava `sport_type`, Garmin `activityType` …). */
    providerSport: nullableTextSchema,
    /** Title given by the user or the provider. */
    name: nullableStringSchema,
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
    manual: nullableBooleanSchema,
    /** The provider payload, when kept. */
    raw: rawSchema,
  })
  .check(
    idMatchesProvider(),
    z.refine(elapsedWhenMoving, {
      message: 'expected elapsedSeconds whenever movingSeconds is known',
      path: ['elapsedSeconds'],
    }),
    z.refine(energySourceWithEnergy, {
      message: 'expected energySource exactly when energyKcal is known',
      path: ['energySource'],
    }),
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
  return buildRecord(activitySchema, input, ACTIVITY_SETTINGS);
}

const energyKnown = (energyKcal: unknown): boolean =>
  energyKcal !== undefined && energyKcal !== null;

// Every field but `raw`, in the schema's order, as fillRecord fills them (the tests compare).
function assembleActivity(input: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return {
    id: idOf(input),
    provider: givenOrNull(input.provider),
    externalId: givenOrNull(input.externalId),
    sport: input.sport === undefined ? 'other' : input.sport,
    providerSport: givenOrNull(input.providerSport),
    name: givenOrNull(input.name),
    startTime: instantOrNull(input.startTime),
    utcOffsetMinutes: givenOrNull(input.utcOffsetMinutes),
    timeZone: givenOrNull(input.timeZone),
    elapsedSeconds: givenOrNull(input.elapsedSeconds),
    movingSeconds: givenOrNull(input.movingSeconds),
    distanceMetres: givenOrNull(input.distanceMetres),
    elevationGainMetres: givenOrNull(input.elevationGainMetres),
    energyKcal: givenOrNull(input.energyKcal),
    energySource:
      input.energySource === undefined
        ? energyKnown(input.energyKcal)
          ? 'provider'
          : null
        : input.energySource,
    workKilojoules: givenOrNull(input.workKilojoules),
    heartRateAvgBpm: givenOrNull(input.heartRateAvgBpm),
    heartRateMaxBpm: givenOrNull(input.heartRateMaxBpm),
    powerAvgWatts: givenOrNull(input.powerAvgWatts),
    powerMaxWatts: givenOrNull(input.powerMaxWatts),
    powerNormalizedWatts: givenOrNull(input.powerNormalizedWatts),
    speedAvgMetresPerSecond: givenOrNull(input.speedAvgMetresPerSecond),
    speedMaxMetresPerSecond: givenOrNull(input.speedMaxMetresPerSecond),
    cadenceAvg: givenOrNull(input.cadenceAvg),
    steps: givenOrNull(input.steps),
    metrics: input.metrics === undefined ? {} : input.metrics,
    device: givenOrNull(input.device),
    manual: givenOrNull(input.manual),
  };
}

// The fast tests of the activity schema's own field schemas, read once: a field schema without
// one fails every value, so its records go through the schema.
const rejectAll: FastTest = () => false;
const fieldTest = (key: keyof typeof activitySchema.shape): FastTest =>
  fastTestOf(activitySchema.shape[key]) ?? rejectAll;
const isId = fieldTest('id');
const isProvider = fieldTest('provider');
const isExternalId = fieldTest('externalId');
const isSportField = fieldTest('sport');
const isProviderSport = fieldTest('providerSport');
const isName = fieldTest('name');
const isStartTime = fieldTest('startTime');
const isUtcOffset = fieldTest('utcOffsetMinutes');
const isTimeZoneField = fieldTest('timeZone');
const isElapsed = fieldTest('elapsedSeconds');
const isMoving = fieldTest('movingSeconds');
const isDistance = fieldTest('distanceMetres');
const isElevationGain = fieldTest('elevationGainMetres');
const isEnergy = fieldTest('energyKcal');
const isEnergySource = fieldTest('energySource');
const isWork = fieldTest('workKilojoules');
const isHeartRateAvg = fieldTest('heartRateAvgBpm');
const isHeartRateMax = fieldTest('heartRateMaxBpm');
const isPowerAvg = fieldTest('powerAvgWatts');
const isPowerMax = fieldTest('powerMaxWatts');
const isPowerNormalized = fieldTest('powerNormalizedWatts');
const isSpeedAvg = fieldTest('speedAvgMetresPerSecond');
const isSpeedMax = fieldTest('speedMaxMetresPerSecond');
const isCadence = fieldTest('cadenceAvg');
const isSteps = fieldTest('steps');
const isDevice = fieldTest('device');
const isManual = fieldTest('manual');
const parseMetricsField = fastParserOf(activitySchema.shape.metrics) ?? (() => NOT_VOUCHED);

// Every field but `raw` (which takes any value) by name; the metrics copied as the schema does.
function vouchActivity(record: Record<string, unknown>): boolean {
  const vouched =
    isId(record.id) &&
    isProvider(record.provider) &&
    isExternalId(record.externalId) &&
    isSportField(record.sport) &&
    isProviderSport(record.providerSport) &&
    isName(record.name) &&
    isStartTime(record.startTime) &&
    isUtcOffset(record.utcOffsetMinutes) &&
    isTimeZoneField(record.timeZone) &&
    isElapsed(record.elapsedSeconds) &&
    isMoving(record.movingSeconds) &&
    isDistance(record.distanceMetres) &&
    isElevationGain(record.elevationGainMetres) &&
    isEnergy(record.energyKcal) &&
    isEnergySource(record.energySource) &&
    isWork(record.workKilojoules) &&
    isHeartRateAvg(record.heartRateAvgBpm) &&
    isHeartRateMax(record.heartRateMaxBpm) &&
    isPowerAvg(record.powerAvgWatts) &&
    isPowerMax(record.powerMaxWatts) &&
    isPowerNormalized(record.powerNormalizedWatts) &&
    isSpeedAvg(record.speedAvgMetresPerSecond) &&
    isSpeedMax(record.speedMaxMetresPerSecond) &&
    isCadence(record.cadenceAvg) &&
    isSteps(record.steps) &&
    isDevice(record.device) &&
    isManual(record.manual);
  if (!vouched) return false;
  const metrics = parseMetricsField(record.metrics);
  if (metrics === NOT_VOUCHED) return false;
  record.metrics = metrics;
  return true;
}

/**
 * How {@link createActivity} fills and checks an activity (the generic fill's defaults give
 * the same record as `assemble`, which is what runs).
 */
export const ACTIVITY_SETTINGS: BuildRecordSettings<Activity> = {
  label: 'activity',
  instantKeys: ['startTime'],
  defaults: (input) => ({
    sport: 'other',
    metrics: {},
    energySource: energyKnown(input.energyKcal) ? 'provider' : null,
  }),
  recordChecks: [elapsedWhenMoving, energySourceWithEnergy],
  assemble: assembleActivity,
  vouch: vouchActivity,
};
