import {
  createIngestHandler,
  type IngestContext,
  type IngestHandler,
  type IngestRejection,
  type StoredIngestKey,
} from '@fitlink/core';
import { APPLE_HEALTH_MAX_BODY_BYTES } from './endpoints.js';
import {
  type AppleHealthWebhookEvent,
  parseAppleHealthWebhookEvent,
  verifyAppleHealthWebhookRequest,
} from './webhooks.js';

/** Settings of {@link createAppleHealthIngestHandler}. */
export interface AppleHealthIngestHandlerSettings<P> {
  /** Finds the stored key (hash and owner) by the key's public id, in the app's storage. */
  lookup(keyId: string): Promise<StoredIngestKey<P> | null | undefined>;
  /**
   * The app's callback: store or enqueue the batch, upserting by each record's `key`. The phone
   * gets 2xx only once it resolves; if it throws, 503, and the phone sends the period again.
   */
  deliver(event: AppleHealthWebhookEvent, context: IngestContext<P>): void | Promise<void>;
  /** The header carrying the key. @defaultValue `'authorization'` (`Bearer <key>` or bare) */
  header?: string;
  /** The largest body accepted. @defaultValue 16 MiB ({@link APPLE_HEALTH_MAX_BODY_BYTES}) */
  maxBodyBytes?: number;
  /** Keep each workout and night payload as `raw`. @defaultValue false */
  includeRaw?: boolean;
  /** Called for every refused request (401, 400, 405, 413, 503), for logs. Must not throw. */
  onRejected?(rejection: IngestRejection): void;
}

/**
 * Creates the endpoint Health Auto Export's REST API automation POSTs to: checks the user's key
 * (401 when missing or wrong), refuses bodies over `maxBodyBytes` (413), non-JSON, truncated or
 * non-export bodies (400), reads the export into typed records with idempotency keys, hands them
 * to `deliver`, and answers 200 with counts only after `deliver` resolved (503 if it threw).
 * Nothing is handed over for a refused request. A Fetch-API handler: mount it on any server.
 *
 * @param settings - Key lookup, the app's callback and limits.
 * @example
 * ```ts
 * import { createAppleHealthIngestHandler } from '@fitlink/apple-health';
 * const handler = createAppleHealthIngestHandler({
 *   lookup: async (id) => db.ingestKeys.find(id), // { hash, principal: userId }
 *   deliver: async (event, { principal }) => queue.add('apple-health', { userId: principal, event }),
 * });
 * export default { fetch: handler };
 * ```
 */
export function createAppleHealthIngestHandler<P>(
  settings: AppleHealthIngestHandlerSettings<P>,
): IngestHandler {
  const includeRaw = settings.includeRaw ?? false;
  return createIngestHandler<P, AppleHealthWebhookEvent>({
    provider: 'apple-health',
    maxBodyBytes: settings.maxBodyBytes ?? APPLE_HEALTH_MAX_BODY_BYTES,
    authenticate: (request) =>
      verifyAppleHealthWebhookRequest(request, {
        lookup: settings.lookup,
        ...(settings.header === undefined ? {} : { header: settings.header }),
      }),
    parse: (body, context) =>
      parseAppleHealthWebhookEvent(body, { headers: context.request.headers, includeRaw }),
    deliver: (event, context) => settings.deliver(event, context),
    acknowledge: (event) =>
      Response.json({
        activities: event.activities.length,
        sleeps: event.sleeps.length,
        metricSamples: event.metricSamples.length,
        unknownMetrics: event.unknownMetrics,
        issues: event.issues.length,
      }),
    ...(settings.onRejected === undefined ? {} : { onRejected: settings.onRejected }),
  });
}
