import type {
  Activity,
  ActivitySource,
  CallOptions,
  Clock,
  Profile,
  Samples,
  TimeRange,
} from '@fitlink/core';
import { mapStravaActivity } from './mapper/to-activity.js';
import { mapStravaAthlete } from './mapper/to-profile.js';
import { mapStravaStreams } from './mapper/to-samples.js';
import type { StravaCallOptions } from './request.js';
import type { StravaActivitiesResource } from './resources/activities.js';
import type { StravaAthleteResource } from './resources/athlete.js';
import type { StravaId } from './schemas/common.js';

/** Strava's data in fitlink's normalized model: activities, the profile and an activity's samples. */
export interface StravaSources extends ActivitySource {
  /** Always `'strava'`. */
  readonly provider: 'strava';
  /**
   * Normalized activities that started in `[since, until)`, every page, 200 per request.
   *
   * @example
   * ```ts
   * for await (const activity of client.listActivities({ since: new Date('2026-11-01') })) console.log(activity.sport);
   * ```
   */
  listActivities(range?: TimeRange & CallOptions): AsyncIterable<Activity>;
  /**
   * The athlete as a normalized profile.
   *
   * @example
   * ```ts
   * const profile = await client.getProfile();
   * ```
   */
  getProfile(options?: StravaCallOptions): Promise<Profile>;
  /**
   * An activity's streams as normalized samples (two requests: the activity, then its streams).
   *
   * @example
   * ```ts
   * const samples = await client.getSamples('154504250376823');
   * ```
   */
  getSamples(id: StravaId, options?: StravaCallOptions): Promise<Samples>;
}

/** The resources the normalized sources read. */
export interface StravaSourceResources {
  /** The athlete resource. */
  readonly athlete: StravaAthleteResource;
  /** The activities resource. */
  readonly activities: StravaActivitiesResource;
}

/**
 * The normalized sources over the wire-typed resources: every mapping and range trim of the
 * client happens here.
 *
 * @param resources - The athlete and activities resources.
 * @param options - The clock, whose `now` is the default `until`.
 */
export function createStravaSources(
  resources: StravaSourceResources,
  options: { clock: Clock },
): StravaSources {
  const { athlete, activities } = resources;
  return {
    provider: 'strava',
    async *listActivities(range = {}) {
      const until = range.until ?? new Date(options.clock.now());
      const since = range.since;
      const pages = activities.list({ ...range, until, ...(since ? { since } : {}) });
      for await (const summary of pages) {
        const activity = mapStravaActivity(summary);
        const start = Date.parse(activity.startTime);
        // Strava filters by whole seconds; keep [since, until) exact.
        if (start >= until.getTime() || (since && start < since.getTime())) continue;
        yield activity;
      }
    },
    async getProfile(callOptions) {
      return mapStravaAthlete(await athlete.get(callOptions));
    },
    async getSamples(id, callOptions = {}) {
      const activity = await activities.get(id, callOptions);
      const streams = await activities.streams(id, callOptions);
      return mapStravaStreams(streams, activity);
    },
  };
}
