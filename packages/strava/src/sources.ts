import {
  type Activity,
  type ActivitySource,
  type CallOptions,
  type Clock,
  filterRange,
  type Profile,
  type ProfileSource,
  resolveRange,
  type Samples,
  type SamplesSource,
  type TimeRange,
} from '@fitlink/core';
import { mapStravaActivity } from './mapper/to-activity.js';
import { mapStravaAthlete } from './mapper/to-profile.js';
import { mapStravaStreams } from './mapper/to-samples.js';
import type { StravaCallOptions } from './request.js';
import type { StravaActivitiesResource } from './resources/activities.js';
import type { StravaAthleteResource } from './resources/athlete.js';
import type { StravaId } from './schemas/common.js';

/** Strava's data in fitlink's normalized model: activities, the profile and an activity's samples. */
export interface StravaSources extends ActivitySource, ProfileSource, SamplesSource {
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
      const resolved = resolveRange(range, options.clock);
      const { since, until } = resolved;
      const pages = activities.list({ ...range, until, ...(since ? { since } : {}) });
      const mapped = (async function* map() {
        for await (const summary of pages) yield mapStravaActivity(summary);
      })();
      // Strava filters by whole seconds: keep [since, until) exact. It lists oldest first with
      // `since` (the walk stops at `until`), newest first without.
      const order = since ? 'asc' : 'desc';
      yield* filterRange(mapped, resolved, (activity) => activity.startTime, { order });
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
