import {
  type Activity,
  createActivity,
  type FitlinkError,
  type Metrics,
  mapSport,
  measuredOrNull,
  offsetMinutesForZone,
  ValidationError,
} from '@fitlink/core';
import type { PelotonGraphSummary, PelotonPerformanceGraph } from '../schemas/performance-graph.js';
import type { PelotonWorkout } from '../schemas/workout.js';
import type { PelotonWorkoutSummary } from '../schemas/workout-summary.js';
import { PELOTON_SPORT_TYPES } from './sport-type.js';
import {
  isPaceUnit,
  type PelotonDistanceUnit,
  pelotonDistanceToMetres,
  pelotonSpeedToMetresPerSecond,
} from './units.js';

// Peloton writes 0 for "not measured" (no heart-rate monitor, no output) and never a negative.
const POSITIVE = { nonNegative: true } as const;

/**
 * What {@link mapPelotonWorkout} can use besides the workout. A summary's `distance` and
 * `avg_speed`/`max_speed` carry no unit: with a `summary`, the member's `distanceUnit` (from the
 * profile's `distance_unit`) is required, `null` when it is not known (then those values are
 * `null` and `onWarning` is called). The performance graph names its units and needs none.
 */
export type MapPelotonWorkoutOptions = {
  /** The workout's performance graph: totals and averages with their units (preferred source). */
  performanceGraph?: PelotonPerformanceGraph | null;
  /**
   * Called with a `ValidationError` when a value cannot be read without context that is missing
   * (a summary distance without the member's unit): the value is `null`, never a guess. Give
   * the client's `onValidationWarning`.
   */
  onWarning?: ((error: FitlinkError) => void) | undefined;
  /** Keep the payloads as `raw`. @defaultValue false */
  includeRaw?: boolean;
} & (
  | {
      /** No summary: the graph alone needs no unit. */
      summary?: null | undefined;
      /** The member's distance unit, when known (unused without a summary). */
      distanceUnit?: PelotonDistanceUnit | null | undefined;
    }
  | {
      /** The workout's summary (`/summary`), used where the graph has no value. */
      summary: PelotonWorkoutSummary;
      /** The member's distance unit (`mi`/`km`), `null` when unknown. */
      distanceUnit: PelotonDistanceUnit | null;
    }
);

const find = (list: readonly PelotonGraphSummary[] | null | undefined, slug: string) =>
  list?.find((item) => item.slug === slug);

/** Whether the workout was recorded outdoors: the flag of newer payloads, or a GPS track. */
export function isPelotonOutdoor(
  workout: PelotonWorkout,
  graph?: PelotonPerformanceGraph | null,
): boolean {
  if (workout.is_outdoor === true) return true;
  return (graph?.location_data ?? []).some((segment) => segment.coordinates.length > 0);
}

/** The core sport of a workout (table-driven; unknown disciplines give `other`). */
export function pelotonSport(
  workout: PelotonWorkout,
  graph?: PelotonPerformanceGraph | null,
): Activity['sport'] {
  const discipline = workout.fitness_discipline;
  if (isPelotonOutdoor(workout, graph)) {
    const outdoor = mapSport(PELOTON_SPORT_TYPES, `outdoor_${discipline}`);
    if (outdoor !== 'other') return outdoor;
  }
  return mapSport(PELOTON_SPORT_TYPES, discipline);
}

function graphMetric(graph: PelotonPerformanceGraph | null | undefined, slug: string) {
  for (const metric of graph?.metrics ?? []) {
    if (metric.slug === slug) return metric;
    const alternative = metric.alternatives?.find((item) => item.slug === slug);
    if (alternative) return alternative;
  }
  return undefined;
}

function summarySpeedUnit(options: MapPelotonWorkoutOptions): string | null {
  if (options.distanceUnit === 'km') return 'kph';
  return options.distanceUnit === 'mi' ? 'mph' : null;
}

function averageSpeed(
  graph: PelotonPerformanceGraph | null | undefined,
  options: MapPelotonWorkoutOptions,
): number | null {
  for (const slug of ['avg_speed', 'avg_pace', 'avg_split_pace']) {
    const item = find(graph?.average_summaries, slug);
    const speed = pelotonSpeedToMetresPerSecond(
      measuredOrNull(item?.value, POSITIVE),
      item?.display_unit,
    );
    if (speed !== null) return speed;
  }
  const unit = summarySpeedUnit(options);
  return pelotonSpeedToMetresPerSecond(measuredOrNull(options.summary?.avg_speed, POSITIVE), unit);
}

function maxSpeed(
  graph: PelotonPerformanceGraph | null | undefined,
  options: MapPelotonWorkoutOptions,
): number | null {
  const speed = graphMetric(graph, 'speed');
  if (speed)
    return pelotonSpeedToMetresPerSecond(
      measuredOrNull(speed.max_value, POSITIVE),
      speed.display_unit,
    );
  for (const slug of ['pace', 'split_pace']) {
    const pace = graphMetric(graph, slug);
    // For a pace, "max" is the fastest split: the lowest number of minutes.
    if (pace && isPaceUnit(pace.display_unit)) {
      return pelotonSpeedToMetresPerSecond(
        measuredOrNull(pace.max_value, POSITIVE),
        pace.display_unit,
      );
    }
  }
  const unit = summarySpeedUnit(options);
  return pelotonSpeedToMetresPerSecond(measuredOrNull(options.summary?.max_speed, POSITIVE), unit);
}

function buildMetrics(workout: PelotonWorkout, graph: PelotonPerformanceGraph | null | undefined) {
  const metrics: Metrics = {};
  const ride = workout.ride;
  if (ride?.title) metrics.classTitle = ride.title;
  if (ride?.id && !/^0+$/.test(ride.id)) metrics.classId = ride.id;
  const instructor = ride?.instructor;
  if (instructor?.name) metrics.instructorName = instructor.name;
  const instructorId = instructor?.id ?? ride?.instructor_id;
  if (instructorId) metrics.instructorId = instructorId;
  if (typeof workout.leaderboard_rank === 'number')
    metrics.leaderboardRank = workout.leaderboard_rank;
  const effort = workout.effort_zones?.total_effort_points;
  if (typeof effort === 'number') metrics.effortPoints = effort;
  const ftp = measuredOrNull(workout.ftp_info?.ftp, POSITIVE);
  if (ftp !== null) metrics.ftpWatts = ftp;
  const resistance = find(graph?.average_summaries, 'avg_resistance')?.value;
  if (typeof resistance === 'number') metrics.resistanceAvgPercent = resistance;
  const incline = find(graph?.average_summaries, 'avg_incline')?.value;
  if (typeof incline === 'number') metrics.inclineAvgPercent = incline;
  const strokes = find(graph?.summaries, 'stroke_count')?.value;
  if (typeof strokes === 'number') metrics.strokeCount = strokes;
  const zones = graphMetric(graph, 'heart_rate') as
    | { zones?: { slug: string; duration?: number | null | undefined }[] | null }
    | undefined;
  if (zones?.zones && zones.zones.length > 0) {
    metrics.hrZoneSeconds = zones.zones.map((zone) => zone.duration ?? 0);
  }
  return metrics;
}

/**
 * Maps a Peloton workout to a normalized {@link @fitlink/core!Activity}: the discipline to a core sport
 * (`caesar` → `indoor_row`), epoch seconds to UTC with the zone's offset (`Etc/GMT+6` is
 * UTC−6), `end_time − start_time` as `elapsedSeconds` (Peloton does not tell pauses apart:
 * `movingSeconds` is `null`), distances and speeds converted by their `display_unit`, output (`total_work`, joules)
 * as `workKilojoules` (mechanical work; `energyKcal` is Peloton's calories, its estimate of
 * energy expended), the class title as `name`, and the instructor in `metrics`.
 * Totals come from the performance graph when given, else from the summary; anything Peloton
 * does not know stays `null`.
 *
 * @param workout - A workout from the list or `GET /api/workout/{id}`.
 * @param options - The performance graph and/or summary of the workout.
 * @throws ValidationError when the result breaks the normalized schema.
 *
 * @example
 * ```ts
 * import { mapPelotonWorkout } from '@fitlink/peloton';
 * const activity = mapPelotonWorkout(workout, { performanceGraph });
 * activity.sport; // 'indoor_ride'
 * ```
 */
export function mapPelotonWorkout(
  workout: PelotonWorkout,
  options: MapPelotonWorkoutOptions = {},
): Activity {
  const graph = options.performanceGraph;
  const summary = options.summary;
  const startMs = workout.start_time * 1000;
  const zone = workout.timezone || null;
  const offset = zone === null ? null : offsetMinutesForZone(zone, startMs);
  const elapsed =
    typeof workout.end_time === 'number' && workout.end_time >= workout.start_time
      ? workout.end_time - workout.start_time
      : null;

  const distanceItem = find(graph?.summaries, 'distance');
  const graphDistance = distanceItem?.value !== undefined && distanceItem.value !== null;
  const summaryDistance = measuredOrNull(summary?.distance, POSITIVE);
  const distanceMetres = graphDistance
    ? pelotonDistanceToMetres(distanceItem.value, distanceItem.display_unit)
    : pelotonDistanceToMetres(summaryDistance, options.distanceUnit);
  if (!graphDistance && summaryDistance !== null && !options.distanceUnit) {
    options.onWarning?.(
      new ValidationError('Peloton summary distance has no unit: distance and speed are null', {
        provider: 'peloton',
        endpoint: 'workout summary',
        issues: [
          {
            code: 'custom',
            path: ['distanceUnit'],
            message: "pass the member's distanceUnit ('mi' or 'km') to read summary.distance",
          },
        ],
      }),
    );
  }
  const elevation = find(graph?.summaries, 'elevation');
  const calories = measuredOrNull(
    find(graph?.summaries, 'calories')?.value ?? summary?.calories,
    POSITIVE,
  );
  // total_work is joules: 175772.76 J is the "Total Output 176 kJ" the member sees.
  const work = measuredOrNull(workout.total_work, POSITIVE);
  const heartRate = graphMetric(graph, 'heart_rate');
  const output = graphMetric(graph, 'output');
  const cadence = graphMetric(graph, 'cadence') ?? graphMetric(graph, 'stroke_rate');
  const averageOutput = find(graph?.average_summaries, 'avg_output')?.value;
  const averageCadence =
    find(graph?.average_summaries, 'avg_cadence')?.value ??
    find(graph?.average_summaries, 'avg_stroke_rate')?.value;

  return createActivity({
    provider: 'peloton',
    externalId: workout.id,
    sport: pelotonSport(workout, graph),
    providerSport: workout.fitness_discipline || null,
    name: workout.ride?.title || workout.title || workout.name || null,
    startTime: startMs,
    utcOffsetMinutes: offset,
    timeZone: offset === null ? null : zone,
    elapsedSeconds: elapsed,
    movingSeconds: null,
    distanceMetres,
    elevationGainMetres: pelotonDistanceToMetres(elevation?.value, elevation?.display_unit),
    // Peloton's calories are its estimate of energy expended; the output is mechanical work.
    energyKcal: calories,
    energySource: calories === null ? null : 'provider',
    workKilojoules: work === null ? null : work / 1000,
    heartRateAvgBpm: measuredOrNull(heartRate?.average_value ?? summary?.avg_heart_rate, POSITIVE),
    heartRateMaxBpm: measuredOrNull(heartRate?.max_value ?? summary?.max_heart_rate, POSITIVE),
    powerAvgWatts: measuredOrNull(
      averageOutput ?? output?.average_value ?? summary?.avg_power,
      POSITIVE,
    ),
    powerMaxWatts: measuredOrNull(output?.max_value ?? summary?.max_power, POSITIVE),
    speedAvgMetresPerSecond: averageSpeed(graph, options),
    speedMaxMetresPerSecond: maxSpeed(graph, options),
    cadenceAvg: measuredOrNull(
      averageCadence ?? cadence?.average_value ?? summary?.avg_cadence,
      POSITIVE,
    ),
    metrics: buildMetrics(workout, graph),
    device: workout.device_type_display_name || workout.device_type || null,
    manual: null,
    ...(options.includeRaw ? { raw: { workout, performanceGraph: graph, summary } } : {}),
  });
}
