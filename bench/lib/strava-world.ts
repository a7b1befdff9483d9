/**
 * The Strava data every Strava row reads: 5,000 `SummaryActivity` objects and one
 * `DetailedActivity` from the sandbox's seeded generator (`@fitlink/strava/testing`), in
 * Strava's wire form (int64 ids beyond 2^53 as bare integers). Same seed and clock every run.
 */
import { createStravaFake } from '@fitlink/strava/testing';

/** Activities of the sync row. */
export const SYNC_ACTIVITIES = 5000;

/** The generator's clock: the world ends here, every run. */
export const WORLD_NOW = Date.parse('2026-11-22T12:00:00Z');

/** Strava's activity list in wire form, oldest first. */
export interface StravaWorld {
  /** Each summary's JSON text, oldest first. */
  readonly summaries: readonly string[];
  /** Each summary's `start_date` in epoch seconds (for `after` and `before`). */
  readonly startSeconds: readonly number[];
  /** Earliest and latest start (epoch ms). */
  readonly firstStartMs: number;
  /** The last activity's start, epoch ms. */
  readonly lastStartMs: number;
  /** One detailed activity's id and JSON text (`GET /activities/{id}`). */
  readonly detailed: { readonly id: string; readonly json: string };
}

// Strava's int64 fields as the fake renders them (decimal strings past 2^53) go out as bare
// integers, exactly like the sandbox's `stravaJsonResponse`.
const wire = (value: unknown): string =>
  JSON.stringify(value).replace(/"(id|upload_id|activity_id)":"(-?\d+)"/g, '"$1":$2');

/** Builds the world (about a second: 4,700 days of the sandbox timeline). */
export function createStravaWorld(): StravaWorld {
  // The sandbox timeline has about 1.07 Strava activities a day.
  const fake = createStravaFake({ seed: 1, now: WORLD_NOW, days: 4800 });
  const activities = fake.activities.slice(-SYNC_ACTIVITIES);
  if (activities.length < SYNC_ACTIVITIES) {
    throw new Error(`the sandbox timeline gave ${activities.length} activities`);
  }
  const summaries = activities.map((activity) => wire(fake.summary(activity)));
  const startSeconds = activities.map((activity) => Math.floor(activity.workout.startMs / 1000));
  const last = activities[activities.length - 1];
  if (last === undefined) throw new Error('no activity');
  return {
    summaries,
    startSeconds,
    firstStartMs: (startSeconds[0] ?? 0) * 1000,
    lastStartMs: (startSeconds[startSeconds.length - 1] ?? 0) * 1000,
    detailed: { id: last.id.toString(), json: wire(fake.detailed(last)) },
  };
}

let built: StravaWorld | undefined;

/** The world, built on first use and shared by the rows of one run. */
export function stravaWorld(): StravaWorld {
  built ??= createStravaWorld();
  return built;
}

/** A page of activities as `GET /athlete/activities` sends it: the JSON array of `count` summaries. */
export function stravaPageText(world: StravaWorld, count: number): string {
  return `[${world.summaries.slice(0, count).join(',')}]`;
}
