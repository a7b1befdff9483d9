import * as z from 'zod/mini';
import { pelotonRideSchema } from './ride.js';

/**
 * A workout, from `GET /api/workout/{id}` or an item of `GET /api/user/{id}/workouts`. Times are
 * epoch seconds; `timezone` is an IANA name (POSIX `Etc/GMT+6` included, sign inverted);
 * `total_work` is joules.
 *
 * @see https://github.com/philosowaffle/peloton-to-garmin
 */
export const pelotonWorkoutSchema = z.looseObject({
  /** Workout id (32 hex characters). */
  id: z.string(),
  /** When the workout was created, epoch seconds (the incremental-sync key). */
  created_at: z.number(),
  /** Start, epoch seconds. */
  start_time: z.number(),
  /** End, epoch seconds; `null` while in progress. */
  end_time: z.nullish(z.number()),
  /** `cycling`, `running`, `walking`, `strength`, `yoga`, `meditation`, `caesar` (rowing) … */
  fitness_discipline: z.string(),
  /** `COMPLETE` or `IN_PROGRESS`. */
  status: z.nullish(z.string()),
  /** IANA zone of the member at the start. */
  timezone: z.nullish(z.string()),
  /** Output in joules (0 for classes without output). */
  total_work: z.nullish(z.number()),
  /** Generic name, such as `Cycling Workout`. */
  name: z.nullish(z.string()),
  /** Member-given title (rarely set). */
  title: z.nullish(z.string()),
  /** Member id. */
  user_id: z.nullish(z.string()),
  /** Recording device (`home_bike_v1`, `home_tread`, `caesar`, `iPhone` …). */
  device_type: z.nullish(z.string()),
  /** Device for display (`Bike`, `Tread`, `App` …). */
  device_type_display_name: z.nullish(z.string()),
  /** Platform (`home_bike`, `iOS_app` …). */
  platform: z.nullish(z.string()),
  /** Whether it was recorded outdoors (newer payloads only). */
  is_outdoor: z.nullish(z.boolean()),
  /** `class` or `freestyle`. */
  workout_type: z.nullish(z.string()),
  /** The class, with `joins=ride`. */
  ride: z.nullish(pelotonRideSchema),
  /** Leaderboard rank, when on a leaderboard. */
  leaderboard_rank: z.nullish(z.number()),
  /** FTP in force. */
  ftp_info: z.nullish(
    z.looseObject({
      /** FTP, watts. */
      ftp: z.nullish(z.number()),
    }),
  ),
  /** Effort points and heart-rate zone seconds (newer payloads). */
  effort_zones: z.nullish(
    z.looseObject({
      /** Effort points. */
      total_effort_points: z.nullish(z.number()),
    }),
  ),
});

/** A workout. */
export type PelotonWorkout = z.infer<typeof pelotonWorkoutSchema>;

/** A page of `GET /api/user/{id}/workouts` (pages count from 0, newest first). */
export const pelotonWorkoutPageSchema = z.looseObject({
  /** The workouts. */
  data: z.array(pelotonWorkoutSchema),
  /** Page size. */
  limit: z.optional(z.number()),
  /** Page number, from 0. */
  page: z.optional(z.number()),
  /** Workouts in total. */
  total: z.optional(z.number()),
  /** Workouts on this page. */
  count: z.optional(z.number()),
  /** Number of pages. */
  page_count: z.optional(z.number()),
  /** Whether a next page exists. */
  show_next: z.optional(z.boolean()),
  /** Whether a previous page exists. */
  show_previous: z.optional(z.boolean()),
  /** The first workout of the next page. */
  next: z.nullish(
    z.looseObject({
      /** Its id. */
      workout_id: z.nullish(z.string()),
      /** Its `created_at`, epoch seconds. */
      created_at: z.nullish(z.number()),
    }),
  ),
});

/** A page of workouts. */
export type PelotonWorkoutPage = z.infer<typeof pelotonWorkoutPageSchema>;
