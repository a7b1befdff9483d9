import {
  type Activity,
  type ActivitySource,
  type Clock,
  type PageCursor,
  type Paginator,
  type Profile,
  type ProfileSource,
  pickCallOptions,
  rangeTransform,
  resolveRange,
  type Samples,
  type SamplesSource,
  type SourceListOptions,
  transformPages,
} from '@fitlink/core';
import { mapStravaActivity } from './mapper/to-activity.js';
import { mapStravaAthlete } from './mapper/to-profile.js';
import { mapStravaStreams } from './mapper/to-samples.js';
import type { StravaCallOptions } from './request.js';
import type { StravaActivitiesResource } from './resources/activities.js';
import type { StravaAthleteResource } from './resources/athlete.js';
import type { StravaId } from './schemas/common.js';

/**
 * The cursor of {@link StravaSources.listActivities}: the page of `GET /athlete/activities` for
 * the same `since` and `until` (core's `PageCursor`).
 */
export type StravaActivityCursor = PageCursor;

/** Options of {@link StravaSources.listActivities}. */
export type StravaListActivitiesOptions = SourceListOptions<StravaActivityCursor>;

/** Strava's data in fitlink's normalized model: activities, the profile and an activity's samples. */
export interface StravaSources
  extends ActivitySource<StravaActivityCursor>,
    ProfileSource,
    SamplesSource {
  /** Always `'strava'`. */
  readonly provider: 'strava';
  /**
   * Normalized activities that started in `[since, until)`, every page, 200 per request: a
   * core `Paginator` whose `cursor` is the page being read. With `since`, Strava lists oldest
   * first and the list ends at `until` without asking for the page after; a cursor saved then
   * stays valid as new activities arrive (they come after it). Without `since` the list is
   * newest first: an activity added or deleted between runs shifts the pages, so a resume may
   * repeat (added) or miss (deleted) one; sync with `since`.
   *
   * @example
   * ```ts
   * const activities = client.listActivities({ since: new Date('2026-11-01'), cursor: saved });
   * for await (const activity of activities) await store(activity, activities.cursor);
   * ```
   */
  listActivities(range?: StravaListActivitiesOptions): Paginator<Activity, StravaActivityCursor>;
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
    listActivities(range = {}) {
      const resolved = resolveRange(range, options.clock);
      const { since, until } = resolved;
      const pages = activities.list({
        ...pickCallOptions(range),
        until,
        ...(since ? { since } : {}),
        ...(range.cursor ? { cursor: range.cursor } : {}),
      });
      // Strava filters by whole seconds: keep [since, until) exact. It lists oldest first with
      // `since` (the walk stops at `until`), newest first without.
      return transformPages(pages, {
        ...rangeTransform(resolved, (summary) => summary.start_date, {
          order: since ? 'asc' : 'desc',
        }),
        map: (summaries) => summaries.map((summary) => mapStravaActivity(summary)),
      });
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
