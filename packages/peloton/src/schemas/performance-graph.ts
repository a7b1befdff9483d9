import * as z from 'zod/mini';
import { pelotonSegmentSchema } from './ride.js';

/** One series of a performance graph; `display_unit` follows the member's preference. */
export const pelotonGraphSeriesSchema = z.looseObject({
  /** `output`, `cadence`, `resistance`, `speed`, `pace`, `split_pace`, `stroke_rate`, `incline`, `altitude`, `heart_rate` … */
  slug: z.string(),
  /** Label. */
  display_name: z.nullish(z.string()),
  /** `watts`, `rpm`, `%`, `mph`, `kph`, `min/mi`, `min/km`, `min/500m`, `spm`, `ft`, `m`, `bpm` … */
  display_unit: z.nullish(z.string()),
  /** Values aligned with `seconds_since_pedaling_start` (`null` for gaps). */
  values: z.array(z.nullable(z.number())),
  /** Average. */
  average_value: z.nullish(z.number()),
  /** Highest (for paces: the fastest). */
  max_value: z.nullish(z.number()),
});

/** One series of a performance graph. */
export type PelotonGraphSeries = z.infer<typeof pelotonGraphSeriesSchema>;

/** A series with alternatives (a pace with its speed) and heart-rate zones. */
export const pelotonGraphMetricSchema = z.looseObject({
  ...pelotonGraphSeriesSchema.shape,
  /** The same data in another form (speed for a pace). */
  alternatives: z.nullish(z.array(pelotonGraphSeriesSchema)),
  /** Heart-rate zones with seconds spent in each. */
  zones: z.nullish(
    z.array(
      z.looseObject({
        /** `zone1` … `zone5`. */
        slug: z.string(),
        /** Seconds in the zone. */
        duration: z.nullish(z.number()),
      }),
    ),
  ),
});

/** One metric of a performance graph. */
export type PelotonGraphMetric = z.infer<typeof pelotonGraphMetricSchema>;

/** A total or average of a performance graph (`distance`, `calories`, `avg_output` …). */
export const pelotonGraphSummarySchema = z.looseObject({
  /** `total_output`, `distance`, `calories`, `elevation`, `avg_speed`, `avg_pace` … */
  slug: z.string(),
  /** Label. */
  display_name: z.nullish(z.string()),
  /** Unit (`kj`, `mi`, `km`, `m`, `ft`, `kcal`, `mph` …; `null` for counts). */
  display_unit: z.nullish(z.string()),
  /** The value. */
  value: z.nullish(z.number()),
});

/** A total or average of a performance graph. */
export type PelotonGraphSummary = z.infer<typeof pelotonGraphSummarySchema>;

/** One GPS point of an outdoor workout (sent only with `Peloton-Platform: web`). */
export const pelotonCoordinateSchema = z.looseObject({
  /** Seconds from the start. */
  seconds_offset_from_start: z.number(),
  /** Latitude, degrees. */
  latitude: z.number(),
  /** Longitude, degrees. */
  longitude: z.number(),
  /** Accuracy, metres. */
  accuracy: z.nullish(z.number()),
  /** Distance so far, in `distance_display_unit`. */
  distance: z.nullish(z.number()),
  /** `mi` or `km`. */
  distance_display_unit: z.nullish(z.string()),
});

/** One GPS point. */
export type PelotonCoordinate = z.infer<typeof pelotonCoordinateSchema>;

/** `GET /api/workout/{id}/performance_graph?every_n=N`: series every N seconds and totals. */
export const pelotonPerformanceGraphSchema = z.looseObject({
  /** Length, seconds. */
  duration: z.nullish(z.number()),
  /** Sample offsets, seconds. */
  seconds_since_pedaling_start: z.array(z.number()),
  /** Series. */
  metrics: z.nullish(z.array(pelotonGraphMetricSchema)),
  /** Totals. */
  summaries: z.nullish(z.array(pelotonGraphSummarySchema)),
  /** Averages. */
  average_summaries: z.nullish(z.array(pelotonGraphSummarySchema)),
  /** GPS track of outdoor workouts, in segments. */
  location_data: z.nullish(
    z.array(
      z.looseObject({
        /** Whether the segment is a gap. */
        is_gap: z.nullish(z.boolean()),
        /** The points. */
        coordinates: z.array(pelotonCoordinateSchema),
      }),
    ),
  ),
  /** Class segments. */
  segment_list: z.nullish(z.array(pelotonSegmentSchema)),
});

/** A performance graph. */
export type PelotonPerformanceGraph = z.infer<typeof pelotonPerformanceGraphSchema>;
