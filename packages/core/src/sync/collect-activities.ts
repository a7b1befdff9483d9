import type { Activity } from '../model/activity.js';
import { type DedupeOptions, type DuplicateGroup, findDuplicates } from '../model/dedupe.js';
import type { ActivitySource, CallOptions, TimeRange } from '../provider/contract.js';

/** Progress of {@link collectActivities}, reported after every activity and when a source ends. */
export interface CollectProgress {
  /** The source's provider id. */
  readonly provider: string;
  /** Activities received from this source so far. */
  readonly count: number;
  /** Activities received from every source so far. */
  readonly total: number;
  /** `'done'` when the source finished, `'failed'` when it threw, else `'running'`. */
  readonly state: 'running' | 'done' | 'failed';
}

/** Settings of {@link collectActivities}: the range, per-call options and dedupe tolerances. */
export interface CollectActivitiesOptions extends TimeRange, CallOptions, DedupeOptions {
  /** Called as activities arrive, for a progress line. @defaultValue `undefined` */
  onProgress?: (progress: CollectProgress) => void;
}

/** One activity in the merged timeline, with its duplicate group marked. */
export interface CollectedActivity {
  /** The normalized activity. */
  readonly activity: Activity;
  /** Index into {@link CollectedActivities.groups}, or `null` when no other provider has it. */
  readonly group: number | null;
  /** `true` unless this record is a duplicate of a preferred record from another provider. */
  readonly kept: boolean;
}

/** A source that threw; the activities it yielded before failing are kept. */
export interface CollectFailure {
  /** The source's provider id. */
  readonly provider: string;
  /** What it threw (a `FitlinkError` for provider, auth and rate-limit failures). */
  readonly error: unknown;
}

/** The outcome of {@link collectActivities}. */
export interface CollectedActivities {
  /** Every activity from every source, oldest first (ties by id), duplicates marked. */
  readonly timeline: CollectedActivity[];
  /** The kept activities only: one record per real-world activity, oldest first. */
  readonly activities: Activity[];
  /** Cross-provider duplicate groups, with the preferred record and why they matched. */
  readonly groups: DuplicateGroup[];
  /** Activities received per provider. */
  readonly counts: Readonly<Record<string, number>>;
  /** Sources that failed; the others still count. */
  readonly failures: CollectFailure[];
}

const startOf = (activity: Activity): number => {
  const start = Date.parse(activity.startTime);
  return Number.isFinite(start) ? start : Number.POSITIVE_INFINITY;
};

/**
 * Pulls normalized activities from several connected clients over one time range, all sources
 * at once, and merges them in time order with cross-provider duplicates grouped and marked
 * (the same ride from Peloton, Strava and WHOOP becomes one kept record and two duplicates).
 * A source that fails does not stop the others: its error is in `failures`, and what it
 * yielded before failing is kept. Aborting `signal` stops every source and rejects.
 *
 * @throws RangeError when a dedupe tolerance is negative or not finite.
 * @throws DOMException (`AbortError`) when `signal` aborts.
 *
 * @example
 * ```ts
 * const since = new Date(Date.now() - 90 * 86_400_000);
 * const result = await collectActivities([strava, whoop, peloton], {
 *   since,
 *   providerPriority: ['peloton', 'strava'],
 * });
 * for (const group of result.groups) console.log(group.preferred.id, group.reason.summary);
 * ```
 */
export async function collectActivities(
  sources: readonly ActivitySource[],
  options: CollectActivitiesOptions = {},
): Promise<CollectedActivities> {
  const { onProgress, signal } = options;
  const range: TimeRange & CallOptions = {};
  if (options.since !== undefined) range.since = options.since;
  if (options.until !== undefined) range.until = options.until;
  if (signal !== undefined) range.signal = signal;
  if (options.timeoutMs !== undefined) range.timeoutMs = options.timeoutMs;
  if (options.maxRateLimitWaitMs !== undefined) {
    range.maxRateLimitWaitMs = options.maxRateLimitWaitMs;
  }

  const all: Activity[] = [];
  const counts: Record<string, number> = {};
  const failures: CollectFailure[] = [];
  await Promise.all(
    sources.map(async (source) => {
      const provider = source.provider;
      counts[provider] = counts[provider] ?? 0;
      const report = (state: CollectProgress['state']) =>
        onProgress?.({ provider, count: counts[provider] ?? 0, total: all.length, state });
      try {
        for await (const activity of source.listActivities(range)) {
          signal?.throwIfAborted();
          all.push(activity);
          counts[provider] = (counts[provider] ?? 0) + 1;
          report('running');
        }
        report('done');
      } catch (error) {
        if (signal?.aborted) throw error;
        failures.push({ provider, error });
        report('failed');
      }
    }),
  );
  signal?.throwIfAborted();

  all.sort((x, y) => startOf(x) - startOf(y) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const { groups } = findDuplicates(all, options);
  const groupOf = new Map<Activity, number>();
  const dropped = new Set<Activity>();
  for (const [index, group] of groups.entries()) {
    groupOf.set(group.preferred, index);
    for (const duplicate of group.duplicates) {
      groupOf.set(duplicate, index);
      dropped.add(duplicate);
    }
  }
  const timeline = all.map((activity) => ({
    activity,
    group: groupOf.get(activity) ?? null,
    kept: !dropped.has(activity),
  }));
  return {
    timeline,
    activities: all.filter((activity) => !dropped.has(activity)),
    groups,
    counts,
    failures,
  };
}
