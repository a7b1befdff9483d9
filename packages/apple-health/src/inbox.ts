import type { Activity, DailySummary, Samples, Sleep } from '@fitlink/core';
import type { AppleHealthBatch, AppleHealthKeyed } from './batch.js';
import { mapAppleHealthDailySummaries } from './mapper/to-daily-summary.js';
import type { AppleHealthMetricSample } from './mapper/to-metric-samples.js';

/** What {@link AppleHealthInbox.add} changed: a replayed batch gives `added: 0, changed: 0`. */
export interface AppleHealthInboxChanges {
  /** Records whose key was new. */
  readonly added: number;
  /** Records whose key was known and whose content changed (a period re-sent with more data). */
  readonly changed: number;
  /** Records already stored as they are. */
  readonly unchanged: number;
}

/**
 * Where received batches land for one user, upserted by idempotency key. The memory inbox
 * ({@link createMemoryAppleHealthInbox}) serves demos, tests and small apps; a production app
 * upserts the same keys into its database from its `deliver` callback.
 */
export interface AppleHealthInbox {
  /** Upserts a batch's records by key. */
  add(batch: AppleHealthBatch): Promise<AppleHealthInboxChanges>;
  /** Every stored activity, oldest first. */
  activities(): Promise<Activity[]>;
  /** Every stored sleep, oldest first. */
  sleeps(): Promise<Sleep[]>;
  /** Daily summaries rebuilt from every stored metric sample, oldest day first. */
  dailySummaries(): Promise<DailySummary[]>;
  /** Every stored metric sample. */
  metricSamples(): Promise<AppleHealthMetricSample[]>;
  /** The samples of one activity (`apple-health:<id>`), or `null`. */
  samples(activityId: string): Promise<Samples | null>;
}

const byStart = <T extends { startTime: string }>(left: T, right: T) =>
  left.startTime.localeCompare(right.startTime);

/**
 * Creates an in-memory {@link AppleHealthInbox}: records are kept by idempotency key, so a
 * re-sent period replaces what it re-sends and adds nothing twice.
 *
 * @example
 * ```ts
 * const inbox = createMemoryAppleHealthInbox();
 * await inbox.add(event); // { added: 12, changed: 0, unchanged: 0 }
 * await inbox.add(event); // { added: 0, changed: 0, unchanged: 12 }
 * ```
 */
export function createMemoryAppleHealthInbox(): AppleHealthInbox {
  const activities = new Map<string, Activity>();
  const sleeps = new Map<string, Sleep>();
  const samples = new Map<string, Samples>();
  const metricSamples = new Map<string, AppleHealthMetricSample>();
  const fingerprints = new Map<string, string>();
  return {
    async add(batch) {
      let added = 0;
      let changed = 0;
      let unchanged = 0;
      const upsert = <T>(
        kind: string,
        store: Map<string, T>,
        entries: readonly AppleHealthKeyed<T>[],
      ) => {
        for (const { key, record } of entries) {
          const slot = `${kind}\u0000${key}`;
          const fingerprint = JSON.stringify(record);
          const before = fingerprints.get(slot);
          if (before === undefined) added += 1;
          else if (before === fingerprint) unchanged += 1;
          else changed += 1;
          fingerprints.set(slot, fingerprint);
          store.set(key, record);
        }
      };
      upsert('activity', activities, batch.activities);
      upsert('samples', samples, batch.samples);
      upsert('sleep', sleeps, batch.sleeps);
      upsert('metric', metricSamples, batch.metricSamples);
      return { added, changed, unchanged };
    },
    activities: async () => [...activities.values()].sort(byStart),
    sleeps: async () => [...sleeps.values()].sort(byStart),
    dailySummaries: async () => mapAppleHealthDailySummaries([...metricSamples.values()]),
    metricSamples: async () => [...metricSamples.values()],
    samples: async (activityId) =>
      [...samples.values()].find((entry) => entry.activityId === activityId) ?? null,
  };
}
