import {
  type Activity,
  type ActivitySource,
  type Clock,
  createPaginator,
  type DailySummary,
  type DailySummarySource,
  inRange,
  type Paginator,
  resolveRange,
  type Sleep,
  type SleepSource,
  type SourceListOptions,
  systemClock,
} from '@fitlink/core';
import type { HealthConnectBatch, HealthConnectKeyedRecord } from './sources.js';

/** What {@link HealthConnectInbox.add} did with a batch. */
export interface HealthConnectInboxAdded {
  /** Records stored for the first time (or upserted with new values). */
  readonly added: number;
  /** Records whose key was already stored: the re-sent part of the window. */
  readonly skipped: number;
}

/** How many records of each kind an inbox holds. */
export interface HealthConnectInboxSize {
  /** Activities. */
  readonly activities: number;
  /** Sleep periods. */
  readonly sleep: number;
  /** Daily summaries. */
  readonly dailySummaries: number;
}

/**
 * An in-memory store of delivered batches that lists what it holds through the normalized
 * sources (`listActivities`, `listSleep`, `listDailySummaries`). Each record is stored once by
 * its idempotency key and upserted by its `id`, so a replayed batch adds nothing. For demos,
 * tests and as a model of what an app's own store does; it keeps nothing across restarts.
 */
export interface HealthConnectInbox
  extends ActivitySource<undefined>,
    SleepSource<undefined>,
    DailySummarySource<undefined> {
  /** Provider id. */
  readonly provider: 'health-connect';
  /** Stores a batch's records (use it as the client's `deliver`). */
  add(batch: HealthConnectBatch): HealthConnectInboxAdded;
  /** How many records of each kind are held. */
  size(): HealthConnectInboxSize;
}

/** Options of {@link createHealthConnectInbox}. */
export interface HealthConnectInboxOptions {
  /** Clock of an open `until`. @defaultValue the system clock */
  clock?: Clock;
}

/**
 * Creates an in-memory {@link HealthConnectInbox}.
 *
 * @param options - The clock.
 * @example
 * ```ts
 * import { createHealthConnectInbox } from '@fitlink/health-connect';
 * const inbox = createHealthConnectInbox();
 * // createHealthConnectClient({ …, deliver: (batch) => { inbox.add(batch); } })
 * for await (const activity of inbox.listActivities({ since: new Date(Date.now() - 7 * 86_400_000) })) console.log(activity.sport);
 * ```
 */
export function createHealthConnectInbox(
  options: HealthConnectInboxOptions = {},
): HealthConnectInbox {
  const clock = options.clock ?? systemClock;
  const keys = new Set<string>();
  const activities = new Map<string, Activity>();
  const sleep = new Map<string, Sleep>();
  const days = new Map<string, DailySummary>();
  const store = <T extends { id: string }>(
    into: Map<string, T>,
    records: readonly HealthConnectKeyedRecord<T>[],
    counts: { added: number; skipped: number },
  ) => {
    for (const { key, record } of records) {
      if (keys.has(key)) {
        counts.skipped += 1;
        continue;
      }
      keys.add(key);
      into.set(record.id, record);
      counts.added += 1;
    }
  };
  const list = <T>(
    from: Map<string, T>,
    startOf: (item: T) => string | null,
    range: SourceListOptions<undefined>,
  ): Paginator<T, undefined> => {
    const resolved = resolveRange(range, clock);
    return createPaginator<T, undefined>({
      fetchPage: async () => ({
        items: [...from.values()]
          .filter((item) => {
            const start = startOf(item);
            return start !== null && inRange(start, resolved);
          })
          .sort((a, b) => (startOf(a) ?? '').localeCompare(startOf(b) ?? '')),
        next: undefined,
      }),
    });
  };
  return {
    provider: 'health-connect',
    add(batch) {
      const counts = { added: 0, skipped: 0 };
      store(activities, batch.activities, counts);
      store(sleep, batch.sleep, counts);
      store(days, batch.dailySummaries, counts);
      return counts;
    },
    size: () => ({ activities: activities.size, sleep: sleep.size, dailySummaries: days.size }),
    listActivities: (range) => list(activities, (item) => item.startTime, range),
    listSleep: (range) => list(sleep, (item) => item.startTime, range),
    listDailySummaries: (range) => list(days, (item) => item.startTime, range),
  };
}
