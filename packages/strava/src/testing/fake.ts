import { createSandboxTimeline, createSeededRandom, type SandboxWorkout } from '@fitlink/testing';
import type { StravaDetailedActivity, StravaSummaryActivity } from '../schemas/activity.js';
import type { StravaAthlete } from '../schemas/athlete.js';
import type { StravaLap } from '../schemas/lap.js';
import type { StravaActivityStats } from '../schemas/stats.js';
import type { StravaStreamKey, StravaStreamSet } from '../schemas/streams.js';
import type { StravaActivityZone, StravaAthleteZones } from '../schemas/zones.js';
import { renderStravaDetailed, renderStravaLaps, renderStravaSummary } from './fake-activity.js';
import {
  renderStravaAthlete,
  renderStravaAthleteZones,
  renderStravaStats,
} from './fake-athlete.js';
import { renderStravaActivityZones, renderStravaStreams } from './fake-streams.js';
import { STRAVA_SANDBOX_SPORTS, type StravaFakeActivity } from './fake-wire.js';

export {
  STRAVA_SANDBOX_ATHLETE_ID,
  STRAVA_SANDBOX_SPORTS,
  type StravaFakeActivity,
} from './fake-wire.js';

// Activity ids start beyond 2^53, as Strava's int64 ids may: clients must not round them.
const FIRST_ACTIVITY_ID = 2n ** 54n;

/** Options of {@link createStravaFake}. */
export interface StravaFakeOptions {
  /** Timeline seed. @defaultValue 1 */
  seed?: number;
  /** The timeline's end, epoch ms. @defaultValue Date.now() */
  now?: number;
  /** Days of history. @defaultValue 90 */
  days?: number;
}

/**
 * A seeded Strava world: the athlete and their activities, rendered with the types of the
 * package's schemas (so a schema change breaks the fake at compile time). Int64 ids come as the
 * client reads them: numbers when they fit a double, decimal strings beyond 2^53.
 */
export interface StravaFake {
  /** The timeline's end. */
  readonly now: number;
  /** `DetailedAthlete`. */
  readonly athlete: StravaAthlete;
  /** `Zones` of `GET /athlete/zones`. */
  readonly athleteZones: StravaAthleteZones;
  /** Every workout Strava records (all but yoga and meditation), oldest first. */
  readonly activities: readonly StravaFakeActivity[];
  /** `count` synthetic activities before the timeline, one every six hours back, newest first. */
  extraActivities(count: number): StravaFakeActivity[];
  /** `SummaryActivity`. */
  summary(activity: StravaFakeActivity): StravaSummaryActivity;
  /** `DetailedActivity`. */
  detailed(activity: StravaFakeActivity): StravaDetailedActivity;
  /** `Lap[]`: five equal laps. */
  laps(activity: StravaFakeActivity): StravaLap[];
  /** `ActivityZone[]`: heart-rate time in zones. */
  zones(activity: StravaFakeActivity): StravaActivityZone[];
  /** `StreamSet` keyed by type, for the recorded keys among `keys`. */
  streams(activity: StravaFakeActivity, keys: readonly StravaStreamKey[]): StravaStreamSet;
  /** `ActivityStats` over the given activities. */
  stats(activities: readonly StravaFakeActivity[]): StravaActivityStats;
}

/**
 * Creates the Strava rendering of the sandbox timeline: the same workouts the other providers'
 * fakes render (so duplicates are real), with Strava's quirks: int64 ids beyond 2^53,
 * `start_date_local` with a fake `Z`, `timezone` as `(GMT±hh:mm) Zone`, `utc_offset` in
 * seconds, indoor sessions as `trainer: true`, run cadence per foot, `distance: 0` when nothing
 * was measured, and `type` beside `sport_type`.
 *
 * @param options - Seed, end and length of the timeline.
 * @example
 * ```ts
 * const fake = createStravaFake({ now: Date.parse('2026-11-22T00:00:00Z') });
 * const summaries = fake.activities.map((activity) => fake.summary(activity));
 * ```
 */
export function createStravaFake(options: StravaFakeOptions = {}): StravaFake {
  const now = options.now ?? Date.now();
  const timeline = createSandboxTimeline({
    seed: options.seed ?? 1,
    now,
    ...(options.days === undefined ? {} : { days: options.days }),
  });
  const activities = timeline.workouts
    .filter((workout) => STRAVA_SANDBOX_SPORTS[workout.sport] !== undefined)
    .map((workout) => ({ id: FIRST_ACTIVITY_ID + BigInt(workout.index) * 1009n, workout }));
  const template = activities.find((activity) => activity.workout.sport === 'run')?.workout;

  return {
    now,
    athlete: renderStravaAthlete(now),
    athleteZones: renderStravaAthleteZones(),
    activities,
    extraActivities(count) {
      if (!template) return [];
      const random = createSeededRandom(count);
      return Array.from({ length: count }, (_, index) => {
        const workout: SandboxWorkout = {
          ...template,
          id: `x-${index + 1}`,
          index: 100_000 + index,
          title: `Base Run ${index + 1}`,
          startMs: timeline.fromMs - (index + 1) * 6 * 3_600_000,
          elapsedSeconds: template.elapsedSeconds + random.integer(-300, 300),
        };
        return { id: FIRST_ACTIVITY_ID - 1_000_000n - BigInt(index), workout };
      });
    },
    summary: renderStravaSummary,
    detailed: renderStravaDetailed,
    laps: renderStravaLaps,
    zones: renderStravaActivityZones,
    streams: renderStravaStreams,
    stats: (list) => renderStravaStats(list, now),
  };
}
