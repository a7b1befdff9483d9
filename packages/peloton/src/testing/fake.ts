import { createSandboxTimeline } from '@fitlink/testing';
import type { PelotonInstructor } from '../schemas/instructor.js';
import type { PelotonPerformanceGraph } from '../schemas/performance-graph.js';
import type { PelotonRideDetails } from '../schemas/ride.js';
import type { PelotonUser } from '../schemas/user.js';
import type { PelotonWorkout } from '../schemas/workout.js';
import type { PelotonWorkoutSummary } from '../schemas/workout-summary.js';
import { PELOTON_SANDBOX_USER_ID, PELOTON_SANDBOX_USERNAME } from './constants.js';
import { renderPelotonPerformanceGraph } from './fake-performance-graph.js';
import { renderPelotonRideDetails } from './fake-ride-details.js';
import { renderPelotonSummary } from './fake-summary.js';
import { pelotonFakeUnits } from './fake-units.js';
import { renderPelotonWorkouts } from './fake-workouts.js';
import { pelotonInstructorFixtures } from './fixtures/instructors.js';

/** Settings of {@link createPelotonFake}. */
export interface PelotonFakeOptions {
  /** Seed of the shared timeline. @defaultValue 1 */
  seed?: number;
  /** End of the timeline, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
  /** The member's unit preference: `mi`/`mph`/`ft` or `km`/`kph`/`m`. @defaultValue 'imperial' */
  units?: 'imperial' | 'metric';
}

/** The sandbox member's Peloton data, in Peloton's wire shape. */
export interface PelotonFake {
  /** `GET /api/me`. */
  readonly user: PelotonUser;
  /** Workouts, newest first (`ride` with `instructor` joined). */
  readonly workouts: readonly PelotonWorkout[];
  /** Instructors. */
  readonly instructors: readonly PelotonInstructor[];
  /** A workout's performance graph at `every_n` seconds; GPS only when `withLocation`. */
  performanceGraph(
    workoutId: string,
    everyN: number,
    withLocation: boolean,
  ): PelotonPerformanceGraph | undefined;
  /** A workout's summary. */
  summary(workoutId: string): PelotonWorkoutSummary | undefined;
  /** A class's details, or `null` for classes without segments (Peloton answers 404). */
  rideDetails(rideId: string): PelotonRideDetails | null | undefined;
}

/**
 * Renders the shared sandbox timeline as Peloton records it: indoor rides, treadmill and outdoor
 * runs (with GPS), rows (`caesar`), strength, yoga and meditation; epoch-second times, 32-hex
 * ids, `Etc/GMT+N` zones on some workouts, `total_work` in joules, and every distance and speed
 * in the member's units (`mi`/`mph` or `km`/`kph`; the rower always in metres). Each resource
 * is rendered by its own file (`fake-workouts.ts`, `fake-performance-graph.ts` …), typed with
 * the schema types.
 *
 * @example
 * ```ts
 * const fake = createPelotonFake({ seed: 1, now: Date.parse('2026-11-22T12:00:00Z'), days: 30 });
 * fake.workouts[0]?.fitness_discipline;
 * ```
 */
export function createPelotonFake(options: PelotonFakeOptions = {}): PelotonFake {
  const seed = options.seed ?? 1;
  const units = pelotonFakeUnits(options.units === 'metric');
  const timeline = createSandboxTimeline({
    seed,
    now: options.now ?? Date.now(),
    days: options.days ?? 90,
  });
  const instructors = pelotonInstructorFixtures;
  const rendered = renderPelotonWorkouts(timeline.workouts, instructors, seed);
  const byId = new Map(rendered.map((item) => [item.workout.id, item]));
  const byRide = new Map(rendered.map((item) => [item.workout.ride?.id ?? '', item]));
  const user: PelotonUser = {
    id: PELOTON_SANDBOX_USER_ID,
    username: 'SandyBox',
    email: PELOTON_SANDBOX_USERNAME,
    name: 'Sandy Box',
    first_name: 'Sandy',
    last_name: 'Box',
    gender: 'female',
    birthday: 536457600,
    location: 'Boulder, CO',
    total_workouts: rendered.length,
    cycling_ftp: 210,
    estimated_cycling_ftp: 205,
    default_max_heart_rate: 185,
    customized_max_heart_rate: null,
    created_at: Math.floor(timeline.fromMs / 1000) - 86_400 * 400,
  };
  return {
    user,
    workouts: rendered.map((item) => item.workout),
    instructors,
    performanceGraph(workoutId, everyN, withLocation) {
      const item = byId.get(workoutId);
      return item && renderPelotonPerformanceGraph(item, units, everyN, withLocation);
    },
    summary(workoutId) {
      const item = byId.get(workoutId);
      return item && renderPelotonSummary(item, units);
    },
    rideDetails(rideId) {
      const item = byRide.get(rideId);
      return item && renderPelotonRideDetails(item);
    },
  };
}
