import {
  type ActivitySource,
  type Clock,
  type DailySummarySource,
  type IngestHandler,
  type IngestRejection,
  type SleepSource,
  type StoredIngestKey,
  systemClock,
} from '@fitlink/core';
import {
  type AppleHealthInbox,
  type AppleHealthInboxChanges,
  createMemoryAppleHealthInbox,
} from './inbox.js';
import { createAppleHealthIngestHandler } from './ingest-handler.js';
import {
  type AppleHealthCursor,
  type AppleHealthSources,
  createAppleHealthSources,
} from './sources.js';
import type { AppleHealthWebhookEvent } from './webhooks.js';

/** Settings of {@link createAppleHealthClient}. */
export interface AppleHealthClientSettings<P> {
  /** Finds the stored key (hash and owner) by the key's public id. */
  lookup(keyId: string): Promise<StoredIngestKey<P> | null | undefined>;
  /**
   * Where received batches land. @defaultValue a new {@link createMemoryAppleHealthInbox}
   */
  inbox?: AppleHealthInbox;
  /** Called after each batch is stored, with what it changed. @defaultValue none */
  onBatch?(event: AppleHealthWebhookEvent, changes: AppleHealthInboxChanges, principal: P): void;
  /** The header carrying the key. @defaultValue `'authorization'` */
  header?: string;
  /** The largest body accepted. @defaultValue 16 MiB */
  maxBodyBytes?: number;
  /** Called for every refused request. @defaultValue none */
  onRejected?(rejection: IngestRejection): void;
  /** The clock list ranges default to. @defaultValue the system clock */
  clock?: Clock;
}

/**
 * An Apple Health connection for one user: the endpoint the phone POSTs to, and normalized
 * reads over what it received (an {@link AppleHealthInbox}), so Apple Health workouts, sleep and
 * days join the other providers' in cross-provider helpers.
 */
export interface AppleHealthClient
  extends ActivitySource<AppleHealthCursor>,
    SleepSource<AppleHealthCursor>,
    DailySummarySource<AppleHealthCursor> {
  /** A received workout's heart rate and route, or `null`. */
  getSamples: AppleHealthSources['getSamples'];
  /** Provider id. */
  readonly provider: 'apple-health';
  /** The ingest endpoint: mount it where the automation's URL points. */
  readonly handler: IngestHandler;
  /** Where received batches are. */
  readonly inbox: AppleHealthInbox;
}

/**
 * Creates an Apple Health client: an ingest handler that upserts every accepted batch into an
 * inbox, and the normalized lists over it. For many users, give each its own inbox in
 * `createAppleHealthIngestHandler`'s `deliver` instead.
 *
 * @param settings - Key lookup, inbox, limits.
 * @example
 * ```ts
 * import { createAppleHealthClient } from '@fitlink/apple-health';
 * const client = createAppleHealthClient({ lookup: async (id) => (id === stored.id ? stored : null) });
 * // serve client.handler at https://example.com/ingest/apple-health, then:
 * for await (const activity of client.listActivities({ since })) console.log(activity.sport);
 * ```
 */
export function createAppleHealthClient<P>(
  settings: AppleHealthClientSettings<P>,
): AppleHealthClient {
  const inbox = settings.inbox ?? createMemoryAppleHealthInbox();
  const handler = createAppleHealthIngestHandler<P>({
    lookup: settings.lookup,
    deliver: async (event, { principal }) => {
      const changes = await inbox.add(event);
      settings.onBatch?.(event, changes, principal);
    },
    ...(settings.header === undefined ? {} : { header: settings.header }),
    ...(settings.maxBodyBytes === undefined ? {} : { maxBodyBytes: settings.maxBodyBytes }),
    ...(settings.onRejected === undefined ? {} : { onRejected: settings.onRejected }),
  });
  return {
    provider: 'apple-health',
    handler,
    inbox,
    ...createAppleHealthSources(inbox, settings.clock ?? systemClock),
  };
}
