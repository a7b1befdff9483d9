import {
  type Activity,
  type ActivitySource,
  type CallOptions,
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
  systemClock,
  transformPages,
} from '@fitlink/core';
import { mapSmashrunActivity } from './mapper/to-activity.js';
import { mapSmashrunProfile } from './mapper/to-profile.js';
import { mapSmashrunSamples } from './mapper/to-samples.js';
import type { SmashrunActivitiesResource } from './resources/activities.js';
import type { SmashrunUserResource } from './resources/user.js';

/**
 * The cursor of {@link SmashrunSources.listActivities}: the 0-based page of
 * `GET /my/activities/search` for the same `since` (core's `PageCursor`).
 */
export type SmashrunActivityCursor = PageCursor;

/** Options of {@link SmashrunSources.listActivities}. */
export type SmashrunListActivitiesOptions = SourceListOptions<SmashrunActivityCursor>;

/** SmashRun's data in fitlink's normalized model, read through the resources. */
export interface SmashrunSources
  extends ActivitySource<SmashrunActivityCursor>,
    ProfileSource,
    SamplesSource {
  /** Always `'smashrun'`. */
  readonly provider: 'smashrun';
  /**
   * Normalized runs that started in `[since, until)`, newest first, every page. `since` is also
   * sent as `fromDate`, which keeps the request count low. `until` defaults to the client's clock.
   * A core `Paginator` over the search pages (100 per request) whose `cursor` is the page being
   * read. The list is newest first, so a run uploaded between two runs shifts the pages: a
   * resume then delivers one run again (a deleted run could make it miss one).
   *
   * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` when `since` is not
   * before `until`.
   *
   * @example
   * ```ts
   * const runs = client.listActivities({ since: new Date('2026-11-01T00:00:00Z'), cursor: saved });
   * for await (const activity of runs) {
   *   console.log(activity.startTime, activity.distanceMetres, runs.cursor);
   * }
   * ```
   */
  listActivities(
    range?: SmashrunListActivitiesOptions,
  ): Paginator<Activity, SmashrunActivityCursor>;
  /**
   * The user's info (`GET /my/userinfo`) as a normalized profile.
   *
   * @example
   * ```ts
   * const profile = await client.getProfile();
   * console.log(profile.name, profile.units);
   * ```
   */
  getProfile(options?: CallOptions): Promise<Profile>;
  /**
   * One run's recording (`GET /my/activities/{id}`) as normalized samples, or `null` for a run
   * without one (a manual run).
   *
   * @throws {@link @fitlink/core!ProviderError} with status 404 when the run does not exist.
   * @example
   * ```ts
   * const samples = await client.getSamples(41000011);
   * console.log(samples?.series.heartRateBpm?.length);
   * ```
   */
  getSamples(activityId: string | number, options?: CallOptions): Promise<Samples | null>;
}

/** The resources the sources read. */
interface SmashrunSourceResources {
  readonly activities: SmashrunActivitiesResource;
  readonly user: SmashrunUserResource;
}

/**
 * Creates SmashRun's normalized layer over its resources.
 *
 * @param resources - The client's activities and user resources.
 * @param options - The clock that ends an open range. @defaultValue systemClock
 */
export function createSmashrunSources(
  resources: SmashrunSourceResources,
  options: { clock?: Clock } = {},
): SmashrunSources {
  const { activities, user } = resources;
  return {
    provider: 'smashrun',
    listActivities(range = {}) {
      const resolved = resolveRange(range, options.clock ?? systemClock);
      const runs = activities.list({
        ...pickCallOptions(range),
        ...resolved,
        ...(range.cursor ? { cursor: range.cursor } : {}),
      });
      // fromDate selects runs *updated* since, so an older run edited since is trimmed here. No
      // early stop: the list is ordered by local start time, which is not the UTC order.
      return transformPages(runs, {
        ...rangeTransform(resolved, (run) => run.startDateTimeLocal),
        map: (page) => page.map((run) => mapSmashrunActivity(run)),
      });
    },
    getProfile: async (callOptions = {}) => mapSmashrunProfile(await user.get(callOptions)),
    getSamples: async (activityId, callOptions = {}) =>
      mapSmashrunSamples(await activities.get(activityId, callOptions)),
  };
}
