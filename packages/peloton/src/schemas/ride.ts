import * as z from 'zod/mini';
import { pelotonInstructorSchema } from './instructor.js';

/** One segment of a class (warm-up, climb, cool-down …). */
export const pelotonSegmentSchema = z.looseObject({
  /** Segment id. */
  id: z.optional(z.string()),
  /** Display name. */
  name: z.nullish(z.string()),
  /** Offset from the class start, seconds. */
  start_time_offset: z.nullish(z.number()),
  /** Length, seconds. */
  length: z.nullish(z.number()),
  /** Metrics type of the segment (`cycling`, `floor` …). */
  metrics_type: z.nullish(z.string()),
  /** Icon slug (`warmup`, `cycling`, `cooldown` …). */
  icon_slug: z.nullish(z.string()),
});

/** A class segment. */
export type PelotonSegment = z.infer<typeof pelotonSegmentSchema>;

/**
 * A class ("ride" for every discipline), joined into workouts with `joins=ride` and returned by
 * `GET /api/ride/{id}/details`.
 */
export const pelotonRideSchema = z.looseObject({
  /** Class id (32 hex characters; all zeros for "Just Ride"/free mode). */
  id: z.string(),
  /** Class title, such as `30 min Power Zone Ride`. */
  title: z.nullish(z.string()),
  /** Description. */
  description: z.nullish(z.string()),
  /** Planned length, seconds. */
  duration: z.nullish(z.number()),
  /** The class's discipline. */
  fitness_discipline: z.nullish(z.string()),
  /** Instructor id. */
  instructor_id: z.nullish(z.string()),
  /** The instructor, with `joins=ride.instructor`. */
  instructor: z.nullish(pelotonInstructorSchema),
  /** `video` or `audio`. */
  content_format: z.nullish(z.string()),
  /** Difficulty estimate, 0–10. */
  difficulty_estimate: z.nullish(z.number()),
  /** Cover image. */
  image_url: z.nullish(z.string()),
  /** First air time, epoch seconds. */
  original_air_time: z.nullish(z.number()),
});

/** A class. */
export type PelotonRide = z.infer<typeof pelotonRideSchema>;

/** `GET /api/ride/{id}/details`: the class and its segments. */
export const pelotonRideDetailsSchema = z.looseObject({
  /** The class. */
  ride: pelotonRideSchema,
  /** Its segments. */
  segments: z.nullish(
    z.looseObject({
      /** Segments in order. */
      segment_list: z.optional(z.array(pelotonSegmentSchema)),
    }),
  ),
});

/** A class with its segments. */
export type PelotonRideDetails = z.infer<typeof pelotonRideDetailsSchema>;
