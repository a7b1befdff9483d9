import {
  createIngestHandler,
  headerSecretAuthenticator,
  type IngestHandler,
  type IngestRejection,
  type IssueInput,
  idempotencyKey,
  ValidationError,
} from '@fitlink/core';
import * as z from 'zod/mini';
import {
  garminActivityFileSchema,
  garminDeregistrationSchema,
  garminPermissionsChangeSchema,
  garminPingSchema,
} from './schemas/notification.js';
import {
  GARMIN_SUMMARY_SCHEMAS,
  type GarminSummaryMap,
  type GarminSummaryType,
} from './summary-types.js';
import { garminUpsertKey } from './upsert.js';
import type { GarminPushEvent, GarminWebhookEvent } from './webhook-event.js';

/** The header Garmin puts on every notification: the app's client id (Garmin signs nothing). */
export const GARMIN_CLIENT_ID_HEADER = 'garmin-client-id';

/**
 * Default body limit of {@link createGarminWebhookHandler}: 16 MiB (Garmin's production review
 * requires accepting at least 10 MB).
 */
export const GARMIN_WEBHOOK_MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * Default body limit for the Activity Details endpoint: 128 MiB (Garmin requires at least
 * 100 MB there).
 */
export const GARMIN_ACTIVITY_DETAILS_MAX_BODY_BYTES = 128 * 1024 * 1024;

const isSummaryType = (key: string): key is GarminSummaryType =>
  Object.hasOwn(GARMIN_SUMMARY_SCHEMAS, key);

/**
 * Parses a Garmin notification body (already decoded JSON) into typed, validated events. The
 * body is an object whose keys are notification types (`dailies`, `activities`,
 * `activityFiles`, `deregistrations`, `userPermissionsChange` …), each an array; one body may
 * carry several types and several users. An entry with a `callbackURL` is a ping, any other
 * summary entry a push. Keys fitlink does not know (`mct` …) are skipped.
 *
 * @param body - The decoded JSON body.
 * @returns Every event, in body order.
 * @throws ValidationError naming each bad entry's path (`['dailies', 2, 'calendarDate']`), or
 * the root when the body is not an object or holds no known type.
 * @example
 * ```ts
 * const events = parseGarminWebhookEvent(await request.json());
 * for (const event of events) if (event.kind === 'push') await db.upsert(event.upsertKey, event.summary);
 * ```
 */
export function parseGarminWebhookEvent(body: unknown): GarminWebhookEvent[] {
  const issues: IssueInput[] = [];
  const events: GarminWebhookEvent[] = [];
  const fail = (message: string, path: PropertyKey[] = []): never => {
    throw new ValidationError('Garmin notification body is not valid', {
      provider: 'garmin',
      endpoint: 'webhook',
      issues: [{ code: 'custom', path, message }],
    });
  };
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    fail('expected an object keyed by notification type');
  let known = 0;
  for (const [key, entries] of Object.entries(body as Record<string, unknown>)) {
    const lifecycle = key === 'deregistrations' || key === 'userPermissionsChange';
    if (!isSummaryType(key) && key !== 'activityFiles' && !lifecycle) continue;
    known += 1;
    if (!Array.isArray(entries)) {
      issues.push({ code: 'invalid_type', path: [key], message: 'expected an array' });
      continue;
    }
    entries.forEach((entry, index) => {
      const check = <S extends z.ZodMiniType>(schema: S): z.output<S> | undefined => {
        const result = z.safeParse(schema, entry);
        if (result.success) return result.data;
        for (const issue of result.error.issues)
          issues.push({ ...issue, path: [key, index, ...issue.path] });
        return undefined;
      };
      if (key === 'deregistrations') {
        const entryData = check(garminDeregistrationSchema);
        if (entryData) events.push({ kind: 'deregistration', type: key, userId: entryData.userId });
      } else if (key === 'userPermissionsChange') {
        const change = check(garminPermissionsChangeSchema);
        if (change) {
          const at = change.changeTimeInSeconds;
          events.push({
            kind: 'permissionsChange',
            type: key,
            userId: change.userId,
            permissions: change.permissions,
            changedAt: typeof at === 'number' && Number.isFinite(at) ? new Date(at * 1000) : null,
          });
        }
      } else if (key === 'activityFiles') {
        const file = check(garminActivityFileSchema);
        if (file) {
          events.push({
            kind: 'activityFile',
            type: key,
            userId: file.userId,
            callbackUrl: file.callbackURL,
            file,
            idempotencyKey: idempotencyKey('garmin', file.userId, key, file.callbackURL),
          });
        }
      } else if (
        typeof entry === 'object' &&
        entry !== null &&
        'callbackURL' in entry &&
        !('summaryId' in entry)
      ) {
        const ping = check(garminPingSchema);
        if (ping) {
          events.push({
            kind: 'ping',
            type: key,
            userId: ping.userId,
            callbackUrl: ping.callbackURL,
            idempotencyKey: idempotencyKey('garmin', ping.userId, key, ping.callbackURL),
          });
        }
      } else {
        const summary = check(GARMIN_SUMMARY_SCHEMAS[key]) as
          | GarminSummaryMap[GarminSummaryType]
          | undefined;
        if (summary === undefined) return;
        const userId = (summary as { userId?: string }).userId;
        if (typeof userId !== 'string' || userId === '') {
          issues.push({
            code: 'invalid_type',
            path: [key, index, 'userId'],
            message: 'expected the Garmin user id',
          });
          return;
        }
        events.push(garminPushEvent(key, userId, summary));
      }
    });
  }
  if (issues.length > 0) {
    throw new ValidationError('Garmin notification body is not valid', {
      provider: 'garmin',
      endpoint: 'webhook',
      issues,
    });
  }
  if (known === 0) fail('expected at least one Garmin notification type');
  return events;
}

/**
 * Builds the push event of a validated summary (used by the parser and by the callback fetcher,
 * so pings and pushes reach the app in the same shape).
 *
 * @param type - The summary type.
 * @param userId - The Garmin user.
 * @param summary - The validated summary.
 */
export function garminPushEvent<T extends GarminSummaryType>(
  type: T,
  userId: string,
  summary: GarminSummaryMap[T],
): GarminPushEvent {
  return {
    kind: 'push',
    type,
    userId,
    summary,
    upsertKey: garminUpsertKey(userId, type, summary),
  } as GarminPushEvent;
}

/** Options of {@link verifyGarminWebhookRequest}. */
export interface VerifyGarminWebhookOptions {
  /** The app's client id (consumer key); several while rotating apps. */
  clientId: string | readonly string[];
}

/**
 * Checks a Garmin notification's `garmin-client-id` header against the app's client id, in
 * constant time. Garmin signs nothing: this header (and an endpoint URL that is hard to guess)
 * is all there is, so fitlink invents no signature.
 *
 * @param request - The incoming request.
 * @param options - The client id.
 * @throws {@link @fitlink/core!WebhookVerificationError} when the header is missing or wrong.
 * @example
 * ```ts
 * await verifyGarminWebhookRequest(request, { clientId: process.env.GARMIN_CLIENT_ID ?? '' });
 * ```
 */
export async function verifyGarminWebhookRequest(
  request: Request,
  options: VerifyGarminWebhookOptions,
): Promise<void> {
  await headerSecretAuthenticator({
    provider: 'garmin',
    header: GARMIN_CLIENT_ID_HEADER,
    secret: options.clientId,
  })(request);
}

/** What {@link createGarminWebhookHandler} hands to the app: every event of one POST. */
export interface GarminWebhookBatch {
  /** The events, in body order (several users, several types). */
  readonly events: readonly GarminWebhookEvent[];
  /** When the request arrived. */
  readonly receivedAt: Date;
}

/** Options of {@link createGarminWebhookHandler}. */
export interface GarminWebhookHandlerOptions {
  /** The app's client id, compared in constant time with `garmin-client-id`. */
  clientId: string | readonly string[];
  /**
   * Takes the batch: store or enqueue it and return quickly. The handler answers 200 only after
   * it resolved (a throw answers 503 and Garmin retries). Never fetch callback URLs here:
   * holding the request open is Garmin's most common integration failure.
   */
  deliver(batch: GarminWebhookBatch): void | Promise<void>;
  /** Largest body accepted. @defaultValue {@link GARMIN_WEBHOOK_MAX_BODY_BYTES} (16 MiB) */
  maxBodyBytes?: number;
  /**
   * Largest body accepted on the Activity Details endpoint.
   * @defaultValue {@link GARMIN_ACTIVITY_DETAILS_MAX_BODY_BYTES} (128 MiB)
   */
  activityDetailsMaxBodyBytes?: number;
  /**
   * Which requests are the Activity Details endpoint (Garmin posts each type to the URL
   * configured for it).
   * @defaultValue a path ending in `/activityDetails` (any case)
   */
  isActivityDetailsEndpoint?(url: URL): boolean;
  /** Called for each refused request (401, 413, 400 …), for logs; never carries the client id. */
  onRejected?(rejection: IngestRejection): void;
}

/**
 * Creates the Fetch-API endpoint (`Request → Response`) for every Garmin notification type,
 * on core's ingest handler: the `garmin-client-id` header checked in constant time (401), the
 * body limit (413; Activity Details has its own, larger one), JSON and schema checks (400), then
 * the typed events handed to `deliver`, then 200. A refused request hands nothing over. Mount
 * it at every URL configured in Garmin's endpoint tool (one URL per type, or one for all).
 *
 * @example
 * ```ts
 * import { createGarminWebhookHandler } from '@fitlink/garmin';
 * const handler = createGarminWebhookHandler({
 *   clientId: process.env.GARMIN_CLIENT_ID ?? '',
 *   deliver: async ({ events }) => { await queue.addBulk(events.map((event) => ({ name: event.kind, data: event }))); },
 * });
 * ```
 */
export function createGarminWebhookHandler(options: GarminWebhookHandlerOptions): IngestHandler {
  const authenticate = headerSecretAuthenticator({
    provider: 'garmin',
    header: GARMIN_CLIENT_ID_HEADER,
    secret: options.clientId,
  });
  const build = (maxBodyBytes: number) =>
    createIngestHandler({
      provider: 'garmin',
      authenticate,
      maxBodyBytes,
      parse: (body, context) => ({
        events: parseGarminWebhookEvent(body),
        receivedAt: context.receivedAt,
      }),
      deliver: (batch: GarminWebhookBatch) => options.deliver(batch),
      ...(options.onRejected ? { onRejected: options.onRejected } : {}),
    });
  const regular = build(options.maxBodyBytes ?? GARMIN_WEBHOOK_MAX_BODY_BYTES);
  const details = build(
    options.activityDetailsMaxBodyBytes ?? GARMIN_ACTIVITY_DETAILS_MAX_BODY_BYTES,
  );
  const isDetails =
    options.isActivityDetailsEndpoint ??
    ((url: URL) => /\/activitydetails\/?$/i.test(url.pathname));
  return (request) => (isDetails(new URL(request.url)) ? details(request) : regular(request));
}
