/**
 * The normalized model: one shape per kind of record whatever the provider, in SI units, with
 * the sport taxonomy, unit and time helpers, and cross-provider duplicate detection.
 *
 * @packageDocumentation
 */
export {
  type Activity,
  type ActivityInput,
  activitySchema,
  createActivity,
  type EnergySource,
  energySourceSchema,
  energySources,
} from './activity.js';
export type { RecordInput } from './build-record.js';
export {
  createDailySummary,
  type DailySummary,
  type DailySummaryInput,
  dailySummarySchema,
} from './daily-summary.js';
export {
  type DedupeOptions,
  type DuplicateGroup,
  type DuplicateReason,
  type DuplicateResult,
  dedupeActivities,
  findDuplicates,
} from './dedupe.js';
export {
  externalIdSchema,
  instantSchema,
  localDateSchema,
  MAX_HEART_RATE_BPM,
  MAX_UTC_OFFSET_MINUTES,
  providerIdSchema,
  recordId,
} from './fields.js';
export { type Metrics, type MetricValue, metricsSchema, metricValueSchema } from './metrics.js';
export { createPlay, type Play, type PlayInput, playSchema } from './play.js';
export {
  createProfile,
  type Profile,
  type ProfileInput,
  profileSchema,
  type Sex,
  sexSchema,
  type UnitSystem,
  unitSystemSchema,
} from './profile.js';
export {
  createSamples,
  latLngSchema,
  type SampleSeries,
  type SampleSeriesKey,
  type Samples,
  type SamplesInput,
  sampleSeriesKeys,
  sampleSeriesSchema,
  samplesSchema,
} from './samples.js';
export { createSleep, type Sleep, type SleepInput, sleepSchema } from './sleep.js';
export {
  isSport,
  mapSport,
  normalizeSportKey,
  renamedSports,
  type Sport,
  sportSchema,
  sports,
} from './sport.js';
export {
  type SportFamily,
  sportFamilies,
  sportFamily,
  sportFamilySchema,
} from './sport-family.js';
export {
  type InstantInput,
  isTimeZone,
  isUtcIsoInstant,
  localToUtc,
  offsetMinutesForZone,
  parseOffset,
  toEpochMs,
  toUtcIso,
  type ZonedInstant,
} from './time.js';
export {
  decimalHoursToSeconds,
  fahrenheitToCelsius,
  feetToMetres,
  joulesToKilojoules,
  KILOGRAMS_PER_POUND,
  KILOJOULES_PER_KILOCALORIE,
  kilojoulesToKilocalories,
  kilometresToMetres,
  kphToMetresPerSecond,
  type MaybeNumber,
  METRES_PER_FOOT,
  METRES_PER_MILE,
  METRES_PER_YARD,
  milesToMetres,
  millisecondsToSeconds,
  minutesPerKmToMetresPerSecond,
  minutesPerMileToMetresPerSecond,
  mphToMetresPerSecond,
  poundsToKilograms,
  roundTo,
  secondsPer500mToMetresPerSecond,
  yardsToMetres,
} from './units.js';
export { measuredOrNull, type ValueOptions, valueOrNull } from './values.js';
