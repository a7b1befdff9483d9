import { roundTo } from '@fitlink/core';
import { type SandboxWorkoutSamples, sandboxWorkoutSamples } from '@fitlink/testing';
import type {
  PelotonGraphMetric,
  PelotonGraphSummary,
  PelotonPerformanceGraph,
} from '../schemas/performance-graph.js';
import { renderPelotonSegments } from './fake-ride-details.js';
import { type PelotonFakeUnits, type PelotonRenderedWorkout, pelotonHexId } from './fake-units.js';

/** What the series renderers add to: the graph's metrics, totals and averages, in order. */
interface GraphParts {
  readonly metrics: PelotonGraphMetric[];
  readonly summaries: PelotonGraphSummary[];
  readonly averages: PelotonGraphSummary[];
}

/** What every series renderer reads. */
interface GraphInput {
  readonly item: PelotonRenderedWorkout;
  readonly samples: SandboxWorkoutSamples;
  readonly units: PelotonFakeUnits;
  /** Mean speed over the elapsed time, m/s; `null` without a distance. */
  readonly meanSpeed: number | null;
}

function series(
  slug: string,
  unit: string | null,
  values: readonly (number | null)[],
  extra: Partial<PelotonGraphMetric> = {},
): PelotonGraphMetric {
  const known = values.filter((value): value is number => value !== null);
  return {
    slug,
    display_name: slug.replace(/_/g, ' '),
    display_unit: unit,
    values: [...values],
    average_value: known.length
      ? roundTo(known.reduce((a, b) => a + b, 0) / known.length, 2)
      : null,
    max_value: known.length ? Math.max(...known) : null,
    ...extra,
  };
}

const total = (slug: string, unit: string, value: number | null): PelotonGraphSummary => ({
  slug,
  display_unit: unit,
  value,
});

function addOutput(parts: GraphParts, { item, samples }: GraphInput): void {
  if (!samples.power || item.workout.fitness_discipline === 'running') return;
  parts.metrics.push(series('output', 'watts', samples.power));
  const totalKj = Math.round((item.workout.total_work ?? 0) / 1000);
  parts.summaries.push(total('total_output', 'kj', totalKj));
  parts.averages.push(total('avg_output', 'watts', item.sandbox.averagePowerWatts));
}

function addCycling(parts: GraphParts, { item, samples, units, meanSpeed }: GraphInput): void {
  const { cadence, speed } = samples;
  if (item.workout.fitness_discipline !== 'cycling' || !cadence || !speed || meanSpeed === null)
    return;
  const resistance = cadence.map((_, i) => 35 + (i % 10));
  const speeds = speed.map((v) => roundTo(units.toSpeed(v), 1));
  parts.metrics.push(series('cadence', 'rpm', cadence));
  parts.metrics.push(series('resistance', '%', resistance));
  parts.metrics.push(series('speed', units.speedUnit, speeds));
  parts.averages.push(total('avg_cadence', 'rpm', item.sandbox.averageCadence));
  parts.averages.push(total('avg_speed', units.speedUnit, roundTo(units.toSpeed(meanSpeed), 1)));
}

function addRunning(parts: GraphParts, { item, samples, units, meanSpeed }: GraphInput): void {
  const { speed, altitude } = samples;
  if (item.workout.fitness_discipline !== 'running' || !speed || meanSpeed === null) return;
  const { speedUnit, paceUnit, toSpeed, toPace } = units;
  const speeds = series(
    'speed',
    speedUnit,
    speed.map((v) => roundTo(toSpeed(v), 1)),
  );
  const paces = speed.map((v) => {
    const pace = toPace(v);
    return pace === null ? null : roundTo(pace, 2);
  });
  parts.metrics.push(series('pace', paceUnit, paces, { alternatives: [speeds] }));
  parts.averages.push(total('avg_pace', paceUnit, roundTo(toPace(meanSpeed) ?? 0, 2)));
  parts.averages.push(total('avg_speed', speedUnit, roundTo(toSpeed(meanSpeed), 1)));
  // Outdoors the graph has the altitude; on the tread, the incline.
  const heights = altitude?.map((v) => roundTo(units.toHeight(v), 0));
  const inclines = speed.map((_, i) => (i % 20 < 10 ? 1 : 3));
  parts.metrics.push(
    heights ? series('altitude', units.heightUnit, heights) : series('incline', '%', inclines),
  );
}

function addRowing(parts: GraphParts, { item, samples, meanSpeed }: GraphInput): void {
  const { cadence, speed } = samples;
  if (item.workout.fitness_discipline !== 'caesar' || !cadence || !speed || meanSpeed === null)
    return;
  // The rower's split: decimal minutes per 500 m.
  const splits = speed.map((v) => (v > 0 ? roundTo(500 / v / 60, 2) : null));
  parts.metrics.push(series('stroke_rate', 'spm', cadence));
  parts.metrics.push(series('split_pace', 'min/500m', splits));
  parts.averages.push(total('avg_stroke_rate', 'spm', item.sandbox.averageCadence));
  parts.averages.push(total('avg_split_pace', 'min/500m', roundTo(500 / meanSpeed / 60, 2)));
}

const ZONE_SHARES = [0.1, 0.3, 0.35, 0.2, 0.05] as const;

function addHeartRate(parts: GraphParts, { item, samples }: GraphInput): void {
  if (item.workout.fitness_discipline === 'meditation') return;
  const zones = ZONE_SHARES.map((share, i) => ({
    slug: `zone${i + 1}`,
    duration: Math.round(item.sandbox.elapsedSeconds * share),
  }));
  parts.metrics.push(series('heart_rate', 'bpm', samples.heartRate, { zones }));
}

function addTotals(parts: GraphParts, { item, units }: GraphInput): void {
  const { distanceMeters, elevationGainMeters, energyKcal } = item.sandbox;
  if (distanceMeters !== null) {
    // The rower shows metres whatever the member's preference.
    const rower = item.workout.fitness_discipline === 'caesar';
    const distance = roundTo(rower ? distanceMeters : units.toDistance(distanceMeters), 2);
    parts.summaries.push(total('distance', rower ? 'm' : units.distanceUnit, distance));
  }
  if (elevationGainMeters !== null) {
    const elevation = roundTo(units.toHeight(elevationGainMeters), 0);
    parts.summaries.push(total('elevation', units.heightUnit, elevation));
  }
  parts.summaries.push(total('calories', 'kcal', Math.round(energyKcal)));
}

function locationData(
  { item, samples, units }: GraphInput,
  withLocation: boolean,
): NonNullable<PelotonPerformanceGraph['location_data']> {
  const { latLng, distanceMeters } = samples;
  if (!withLocation || !latLng || !distanceMeters) return [];
  const coordinates = latLng.map(([latitude, longitude], i) => ({
    seconds_offset_from_start: samples.offsetSeconds[i] ?? 0,
    latitude,
    longitude,
    accuracy: 5,
    distance: roundTo(units.toDistance(distanceMeters[i] ?? 0), 2),
    distance_display_unit: units.distanceUnit,
  }));
  return [{ segment_id: pelotonHexId(item.sandbox.index * 31 + 7), is_gap: false, coordinates }];
}

/**
 * A workout's performance graph as Peloton answers it: series every `everyN` seconds in the
 * member's units (output, cadence and resistance, speed or pace with the speed as alternative,
 * altitude or incline, stroke rate and split, heart rate with zones), totals, averages, the
 * class segments, and the GPS track only when the request said it came from the web app.
 *
 * @param item - The workout and the timeline workout it was rendered from.
 * @param units - The member's units.
 * @param everyN - Seconds between samples.
 * @param withLocation - Whether to include the GPS track (`Peloton-Platform: web`).
 */
export function renderPelotonPerformanceGraph(
  item: PelotonRenderedWorkout,
  units: PelotonFakeUnits,
  everyN: number,
  withLocation: boolean,
): PelotonPerformanceGraph {
  const { sandbox, workout } = item;
  const samples = sandboxWorkoutSamples(sandbox, { everySeconds: everyN });
  const distance = sandbox.distanceMeters;
  const meanSpeed = distance === null ? null : distance / sandbox.elapsedSeconds;
  const input: GraphInput = { item, samples, units, meanSpeed };
  const parts: GraphParts = { metrics: [], summaries: [], averages: [] };
  for (const add of [addOutput, addCycling, addRunning, addRowing, addHeartRate, addTotals]) {
    add(parts, input);
  }
  return {
    duration: workout.ride?.duration ?? sandbox.elapsedSeconds,
    seconds_since_pedaling_start: [...samples.offsetSeconds],
    metrics: parts.metrics,
    summaries: parts.summaries,
    average_summaries: parts.averages,
    location_data: locationData(input, withLocation),
    segment_list: renderPelotonSegments(sandbox),
  };
}
