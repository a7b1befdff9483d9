import {
  GOOGLE_HEALTH_ACTIVITY_SCOPE,
  GOOGLE_HEALTH_METRICS_SCOPE,
  GOOGLE_HEALTH_SLEEP_SCOPE,
  type GoogleHealthScope,
} from './scopes.js';

/** What fitlink knows about one data type. */
export interface GoogleHealthDataTypeInfo {
  /** Record kind: `session` (exercise, sleep), `interval`, `sample` or `daily`. */
  readonly kind: 'session' | 'interval' | 'sample' | 'daily';
  /** The scope that reads it. */
  readonly scope: GoogleHealthScope;
  /** The DataPoint (and roll-up) field holding the value, camel case. */
  readonly field: string;
}

/** A data type fitlink reads (kebab case, as in URLs). */
export type GoogleHealthDataType =
  | 'exercise'
  | 'sleep'
  | 'steps'
  | 'distance'
  | 'active-zone-minutes'
  | 'total-calories'
  | 'heart-rate'
  | 'heart-rate-variability'
  | 'oxygen-saturation'
  | 'weight'
  | 'daily-resting-heart-rate'
  | 'daily-heart-rate-variability'
  | 'daily-oxygen-saturation';

/**
 * The Google Health data types fitlink reads, as they appear in URLs (kebab case), with the
 * record kind, the scope that reads them and the DataPoint field holding the value (camel
 * case); filters use the snake-case name.
 *
 * @see https://developers.google.com/health/data-types
 */
export const GOOGLE_HEALTH_DATA_TYPES: Readonly<
  Record<GoogleHealthDataType, GoogleHealthDataTypeInfo>
> = {
  /** Exercise sessions (at most 25 per page). */
  exercise: { kind: 'session', scope: GOOGLE_HEALTH_ACTIVITY_SCOPE, field: 'exercise' },
  /** Sleep sessions with stages (at most 25 per page). */
  sleep: { kind: 'session', scope: GOOGLE_HEALTH_SLEEP_SCOPE, field: 'sleep' },
  /** Step counts per interval (true zeros). */
  steps: { kind: 'interval', scope: GOOGLE_HEALTH_ACTIVITY_SCOPE, field: 'steps' },
  /** Distance per interval, millimetres (true zeros). */
  distance: { kind: 'interval', scope: GOOGLE_HEALTH_ACTIVITY_SCOPE, field: 'distance' },
  /** Active zone minutes per interval. */
  'active-zone-minutes': {
    kind: 'interval',
    scope: GOOGLE_HEALTH_ACTIVITY_SCOPE,
    field: 'activeZoneMinutes',
  },
  /** Total calories (roll-ups only; true zeros). */
  'total-calories': {
    kind: 'interval',
    scope: GOOGLE_HEALTH_ACTIVITY_SCOPE,
    field: 'totalCalories',
  },
  /** Heart-rate samples. */
  'heart-rate': { kind: 'sample', scope: GOOGLE_HEALTH_METRICS_SCOPE, field: 'heartRate' },
  /** Heart-rate variability samples (RMSSD, SDNN). */
  'heart-rate-variability': {
    kind: 'sample',
    scope: GOOGLE_HEALTH_METRICS_SCOPE,
    field: 'heartRateVariability',
  },
  /** SpO2 samples. */
  'oxygen-saturation': {
    kind: 'sample',
    scope: GOOGLE_HEALTH_METRICS_SCOPE,
    field: 'oxygenSaturation',
  },
  /** Weight samples, grams. */
  weight: { kind: 'sample', scope: GOOGLE_HEALTH_METRICS_SCOPE, field: 'weight' },
  /** Daily resting heart rate. */
  'daily-resting-heart-rate': {
    kind: 'daily',
    scope: GOOGLE_HEALTH_METRICS_SCOPE,
    field: 'dailyRestingHeartRate',
  },
  /** Daily heart-rate variability (RMSSD during sleep). */
  'daily-heart-rate-variability': {
    kind: 'daily',
    scope: GOOGLE_HEALTH_METRICS_SCOPE,
    field: 'dailyHeartRateVariability',
  },
  /** Daily SpO2 summary. */
  'daily-oxygen-saturation': {
    kind: 'daily',
    scope: GOOGLE_HEALTH_METRICS_SCOPE,
    field: 'dailyOxygenSaturation',
  },
};

/**
 * The data types for which Google stores "true zeros": a point (or roll-up window) whose value
 * field is absent means the device was worn and recorded zero, and an absent point or window
 * means no data (not worn, not synced). For every other type an absent value stays `null`.
 * Altitude and floors are in Google's list too; fitlink does not read them.
 *
 * @see https://developers.google.com/health/data-presence-and-true-zeros
 */
export const GOOGLE_HEALTH_TRUE_ZERO_TYPES: readonly GoogleHealthDataType[] = [
  'steps',
  'distance',
  'total-calories',
];

/** Whether a data type has true zeros (see {@link GOOGLE_HEALTH_TRUE_ZERO_TYPES}). */
export function hasTrueZeros(
  dataType: string,
  trueZeroTypes: readonly string[] = GOOGLE_HEALTH_TRUE_ZERO_TYPES,
): boolean {
  return trueZeroTypes.includes(dataType);
}

const DAY_MS = 86_400_000;
// Civil times may be up to 14 hours either side of UTC.
const CIVIL_SLACK_MS = 14 * 3_600_000;

/**
 * The AIP-160 filter of a data type's time range, in the field Google supports for its kind:
 * `interval.start_time` (interval types and exercise), `sample_time.physical_time` (samples),
 * `date` (daily types, `YYYY-MM-DD`), and `interval.end_time` for sleep (Google filters sleep
 * by its end only). Exercise is filtered by `interval.civil_start_time` (physical start time
 * is not supported for sessions): the range is widened by 14 hours either side and trimmed by
 * the caller on the physical start.
 *
 * @param dataType - The data type.
 * @param range - `since` (inclusive) and `until` (exclusive).
 * @returns The filter, or `undefined` when there is no bound.
 */
export function googleHealthRangeFilter(
  dataType: GoogleHealthDataType,
  range: { since?: Date | undefined; until?: Date | undefined },
): string | undefined {
  const { kind } = GOOGLE_HEALTH_DATA_TYPES[dataType];
  const prefix = dataType.replaceAll('-', '_');
  let field: string;
  let literal: (date: Date, edge: 'since' | 'until') => string;
  if (dataType === 'sleep') {
    // A sleep that starts before `until` may end up to a day later.
    field = `${prefix}.interval.end_time`;
    literal = (date, edge) =>
      new Date(date.getTime() + (edge === 'until' ? DAY_MS : 0)).toISOString();
  } else if (kind === 'session') {
    field = `${prefix}.interval.civil_start_time`;
    literal = (date, edge) =>
      new Date(date.getTime() + (edge === 'since' ? -CIVIL_SLACK_MS : CIVIL_SLACK_MS))
        .toISOString()
        .slice(0, 19);
  } else if (kind === 'sample') {
    field = `${prefix}.sample_time.physical_time`;
    literal = (date) => date.toISOString();
  } else if (kind === 'daily') {
    field = `${prefix}.date`;
    // Dates are the user's; `until` is exclusive, so a partial last day is kept whole.
    literal = (date, edge) =>
      edge === 'since'
        ? date.toISOString().slice(0, 10)
        : new Date(Math.ceil(date.getTime() / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
  } else {
    field = `${prefix}.interval.start_time`;
    literal = (date) => date.toISOString();
  }
  const parts: string[] = [];
  if (range.since) parts.push(`${field} >= "${literal(range.since, 'since')}"`);
  if (range.until) parts.push(`${field} < "${literal(range.until, 'until')}"`);
  return parts.length > 0 ? parts.join(' AND ') : undefined;
}

/**
 * The data types fitlink reads that Google Health sends webhook notifications for (its webhooks
 * guide lists 28 types, `oxygen-saturation` samples not among them; the v4 reference's
 * `SubscriberConfig` still names only altitude, distance, floors, sleep, steps and weight, so
 * which types a project may subscribe to is worth checking in the console).
 *
 * @see https://developers.google.com/health/webhooks
 */
export const GOOGLE_HEALTH_WEBHOOK_DATA_TYPES: readonly GoogleHealthDataType[] = [
  'exercise',
  'sleep',
  'steps',
  'distance',
  'active-zone-minutes',
  'total-calories',
  'heart-rate',
  'heart-rate-variability',
  'weight',
  'daily-resting-heart-rate',
  'daily-heart-rate-variability',
  'daily-oxygen-saturation',
];
