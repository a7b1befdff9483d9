import type { GarminSummaryType } from './summary-types.js';
import { garminSupersedes } from './upsert.js';
import type { GarminPushEvent, GarminPushEventOf, GarminWebhookEvent } from './webhook-event.js';

/** What {@link GarminRecordSet.upsert} did with a push. */
export type GarminUpsertResult = 'inserted' | 'replaced' | 'kept';

/**
 * An in-memory store of received summaries keyed by upsert key, applying Garmin's superseding
 * rule: the same key with an equal or longer duration replaces, a shorter (older) version is
 * ignored. It shows the rule your database must apply (an upsert on `upsertKey` with a duration
 * check) and backs the sandbox demo's client; it is not a database.
 */
export interface GarminRecordSet {
  /** Stores a push under its upsert key, or keeps the stored version when it is longer. */
  upsert(event: GarminPushEvent): GarminUpsertResult;
  /**
   * Applies a batch: pushes are upserted, a deregistration removes the user's records; pings
   * and files are returned for fetching later.
   */
  apply(events: readonly GarminWebhookEvent[]): GarminWebhookEvent[];
  /** Every stored push, in insertion order; only `type` when given. */
  list<T extends GarminSummaryType>(type?: T): GarminPushEventOf<T>[];
  /** How many records are stored. */
  readonly size: number;
}

/**
 * Creates an in-memory {@link GarminRecordSet}.
 *
 * @example
 * ```ts
 * const records = createGarminRecordSet();
 * records.apply(parseGarminWebhookEvent(body));
 * records.list('activities').length;
 * ```
 */
export function createGarminRecordSet(): GarminRecordSet {
  const stored = new Map<string, GarminPushEvent>();
  const set: GarminRecordSet = {
    upsert(event) {
      const existing = stored.get(event.upsertKey);
      if (existing === undefined) {
        stored.set(event.upsertKey, event);
        return 'inserted';
      }
      if (!garminSupersedes(existing.summary, event.summary)) return 'kept';
      stored.set(event.upsertKey, event);
      return 'replaced';
    },
    apply(events) {
      const later: GarminWebhookEvent[] = [];
      for (const event of events) {
        if (event.kind === 'push') set.upsert(event);
        else if (event.kind === 'deregistration') {
          for (const [key, value] of stored) if (value.userId === event.userId) stored.delete(key);
        } else later.push(event);
      }
      return later;
    },
    list(type) {
      const all = [...stored.values()];
      return (type === undefined ? all : all.filter((event) => event.type === type)) as never;
    },
    get size() {
      return stored.size;
    },
  };
  return set;
}
