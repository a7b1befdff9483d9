import { createSamples, type InstantInput, type Samples } from '@fitlink/core';
import type { PelotonGraphSeries, PelotonPerformanceGraph } from '../schemas/performance-graph.js';
import { pelotonDistanceToMetres, pelotonSpeedToMetresPerSecond } from './units.js';

/** What {@link mapPelotonPerformanceGraph} needs besides the graph. */
export interface MapPelotonPerformanceGraphOptions {
  /** The workout id. */
  workoutId: string;
  /** The workout start (`start_time * 1000`, a `Date` or an ISO string). */
  startTime: InstantInput;
}

type Values = (number | null)[];

function findSeries(graph: PelotonPerformanceGraph, slugs: readonly string[]) {
  for (const slug of slugs) {
    for (const metric of graph.metrics ?? []) {
      if (metric.slug === slug) return metric as PelotonGraphSeries;
      const alternative = metric.alternatives?.find((item) => item.slug === slug);
      if (alternative) return alternative;
    }
  }
  return undefined;
}

function convert(
  series: PelotonGraphSeries | undefined,
  length: number,
  to: (value: number, unit: string | null | undefined) => number | null,
): Values | undefined {
  if (!series || series.values.length !== length) return undefined;
  return series.values.map((value) => (value === null ? null : to(value, series.display_unit)));
}

const same = (value: number) => value;
// A pace of 0 (standing still) has no speed; a speed of 0 is a real 0.
const toSpeed = (value: number, unit: string | null | undefined) =>
  value === 0 ? 0 : pelotonSpeedToMetresPerSecond(value, unit);

/**
 * Maps a performance graph to normalized {@link @fitlink/core!Samples}: offsets from
 * `seconds_since_pedaling_start`; heart rate; output as power; cadence (rpm) or stroke rate;
 * speed from `speed`, a pace (`min/mi`, `min/km`) or the rower's split (`min/500m`), in m/s;
 * altitude (`ft` or `m`) in metres; and, for outdoor workouts, the GPS track of `location_data`
 * placed at its offsets with its distance in metres. Series whose length differs from the
 * offsets are left out.
 *
 * @param graph - `GET /api/workout/{id}/performance_graph`.
 * @param options - The workout id and start.
 * @throws ValidationError when the result breaks the samples schema.
 *
 * @example
 * ```ts
 * import { mapPelotonPerformanceGraph } from '@fitlink/peloton';
 * const samples = mapPelotonPerformanceGraph(graph, { workoutId: workout.id, startTime: workout.start_time * 1000 });
 * ```
 */
export function mapPelotonPerformanceGraph(
  graph: PelotonPerformanceGraph,
  options: MapPelotonPerformanceGraphOptions,
): Samples {
  const offsets = graph.seconds_since_pedaling_start;
  const length = offsets.length;
  const speedSeries = findSeries(graph, ['speed', 'pace', 'split_pace']);
  const series: Record<string, unknown> = {
    offsetsSeconds: offsets,
    heartRateBpm: convert(findSeries(graph, ['heart_rate']), length, same),
    powerWatts: convert(findSeries(graph, ['output']), length, same),
    cadence: convert(findSeries(graph, ['cadence', 'stroke_rate']), length, same),
    speedMetresPerSecond: convert(speedSeries, length, toSpeed),
    altitudeMetres: convert(findSeries(graph, ['altitude']), length, pelotonDistanceToMetres),
  };

  const points = (graph.location_data ?? []).flatMap((segment) => segment.coordinates);
  if (points.length > 0) {
    const index = new Map<number, number>();
    offsets.forEach((offset, position) => {
      if (!index.has(offset)) index.set(offset, position);
    });
    const latlng: ([number, number] | null)[] = offsets.map(() => null);
    const distance: Values = offsets.map(() => null);
    for (const point of points) {
      const position = index.get(point.seconds_offset_from_start);
      if (position === undefined) continue;
      latlng[position] = [point.latitude, point.longitude];
      distance[position] = pelotonDistanceToMetres(point.distance, point.distance_display_unit);
    }
    series.latlng = latlng;
    if (distance.some((value) => value !== null)) series.distanceMetres = distance;
  }

  return createSamples({
    activityId: `peloton:${options.workoutId}`,
    provider: 'peloton',
    startTime: options.startTime,
    series: series as Parameters<typeof createSamples>[0]['series'],
  });
}
