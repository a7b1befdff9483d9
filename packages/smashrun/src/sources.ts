import {
  type Activity,
  type ActivitySource,
  type CallOptions,
  type Clock,
  type Profile,
  type Samples,
  systemClock,
  type TimeRange,
} from '@fitlink/core';
import { mapSmashrunActivity } from './mapper/to-activity.js';
import { mapSmashrunProfile } from './mapper/to-profile.js';
import { mapSmashrunSamples } from './mapper/to-samples.js';
import type { SmashrunActivitiesResource } from './resources/activities.js';
import type { SmashrunUserResource } from './resources/user.js';

/** SmashRun's data in fitlink's normalized model, read through the resources. */
export interface SmashrunSources extends ActivitySource {
  /** Always `'smashrun'`. */
  readonly provider: 'smashrun';
  /**
   * Normalized runs that started in `[since, until)`, newest first, every page. `since` is also
   * sent as `fromDate`, which keeps the request count low.
   *
   * @example
   * ```ts
   * for await (const activity of client.listActivities({ since: new Date('2026-11-01T00:00:00Z') })) {
   *   console.log(activity.startTime, activity.distanceMetres);
   * }
   * ```
   */
  listActivities(range?: TimeRange & CallOptions): AsyncIterable<Activity>;
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
    async *listActivities(range = {}) {
      const since = range.since?.getTime();
      const until = range.until?.getTime() ?? (options.clock ?? systemClock).now();
      for await (const run of activities.list({ ...range, until: new Date(until) })) {
        const activity = mapSmashrunActivity(run);
        const start = Date.parse(activity.startTime);
        // fromDate selects runs *updated* since; an older run edited since is left out here.
        if (since !== undefined && start < since) continue;
        yield activity;
      }
    },
    getProfile: async (callOptions = {}) => mapSmashrunProfile(await user.get(callOptions)),
    getSamples: async (activityId, callOptions = {}) =>
      mapSmashrunSamples(await activities.get(activityId, callOptions)),
  };
}
