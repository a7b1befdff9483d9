import {
  type Activity,
  createIngestHandler,
  type HeaderSecretPrincipal,
  headersSecretAuthenticator,
  type IngestAuthenticator,
  type IngestContext,
  type IngestHandler,
  type IngestRejection,
  idempotencyKey,
  validatePayload,
} from '@fitlink/core';
import { parseCorosJson } from './json.js';
import { type MapCorosActivityOptions, mapCorosActivity } from './mapper/to-activity.js';
import type { CorosActivity } from './schemas/activity.js';
import { corosWebhookBodySchema } from './schemas/webhook.js';

/** The body COROS expects back once a push was taken: HTTP 200 with this JSON. */
export const COROS_WEBHOOK_ACK = {
  /** Always `ok`. */
  message: 'ok',
  /** COROS' success code. */
  result: '0000',
} as const;

/** The largest push body accepted by default: 1 MiB (a push holds summaries and FIT URLs only). */
export const COROS_WEBHOOK_MAX_BODY_BYTES = 1_048_576;

/** One pushed workout, with what an app needs to store it once. */
export interface CorosWebhookRecord {
  /** `coros:activity:<openId>:<labelId>`: the same workout pushed again gets the same key. */
  readonly idempotencyKey: string;
  /** The COROS user the workout belongs to (match it to the connection's `providerUserId`). */
  readonly openId: string;
  /** The workout as COROS sent it (its `fitUrl` is signed and expires: download it soon). */
  readonly workout: CorosActivity;
  /** The workout in fitlink's model. */
  readonly activity: Activity;
}

/** A verified, parsed COROS push. */
export interface CorosWebhookEvent {
  /** The pushed workouts, in the order sent. */
  readonly records: readonly CorosWebhookRecord[];
}

/**
 * Parses a COROS push body (`{"sportDataList": […]}`) into records with idempotency keys and
 * normalized activities. A string is parsed with `parseCorosJson`, which keeps 64-bit
 * `labelId`s exact; an already parsed body is taken as it is.
 *
 * @param body - The push body: its text, or the parsed JSON.
 * @param options - Mapper options (time and calorie units).
 * @throws {@link @fitlink/core!ValidationError} when the body is not a COROS push, a record has no
 * `openId`, or a workout cannot be normalized.
 * @example
 * ```ts
 * const event = parseCorosWebhookEvent(await request.text());
 * for (const record of event.records) await upsert(record.idempotencyKey, record.activity);
 * ```
 */
export function parseCorosWebhookEvent(
  body: unknown,
  options: Omit<MapCorosActivityOptions, 'includeRaw'> = {},
): CorosWebhookEvent {
  const endpoint = 'coros push';
  const json = typeof body === 'string' ? parseText(body) : body;
  const parsed = validatePayload(corosWebhookBodySchema, json, { provider: 'coros', endpoint });
  return {
    records: parsed.sportDataList.map((workout) => {
      const { openId } = workout;
      return {
        idempotencyKey: idempotencyKey('coros', 'activity', openId, workout.labelId),
        openId,
        workout,
        activity: mapCorosActivity(workout, options),
      };
    }),
  };
}

function parseText(text: string): unknown {
  try {
    return parseCorosJson(text);
  } catch {
    // Left to the schema, which names it as a body that is not a COROS push.
    return text;
  }
}

/** Options of {@link verifyCorosWebhookHeaders}. */
export interface VerifyCorosWebhookOptions {
  /** The app's client id: COROS sends it in the `Client` header. */
  clientId: string;
  /** The app's client secret: COROS sends it in the `Secret` header. */
  clientSecret: string;
}

/**
 * The authenticator of COROS pushes: the `Client` and `Secret` headers must equal the app's
 * client id and secret, compared in constant time (COROS signs nothing).
 *
 * @param options - The app's client id and secret.
 * @returns An authenticator for core's `createIngestHandler`.
 * @throws {@link @fitlink/core!WebhookVerificationError} from the returned function when a header is absent or wrong.
 * @example
 * ```ts
 * const authenticate = verifyCorosWebhookHeaders({ clientId, clientSecret });
 * await authenticate(request);
 * ```
 */
export function verifyCorosWebhookHeaders(
  options: VerifyCorosWebhookOptions,
): IngestAuthenticator<HeaderSecretPrincipal> {
  return headersSecretAuthenticator({
    headers: { client: options.clientId, secret: options.clientSecret },
    provider: 'coros',
  });
}

/** Options of {@link createCorosWebhookHandler}. */
export interface CorosWebhookHandlerOptions extends VerifyCorosWebhookOptions {
  /**
   * The app's callback: store or enqueue the records, quickly (upsert on `idempotencyKey`: COROS
   * may push a workout again). COROS is answered `{"message":"ok","result":"0000"}` only after it
   * resolves; when it throws, 503, so COROS pushes again.
   */
  deliver(
    event: CorosWebhookEvent,
    context: IngestContext<HeaderSecretPrincipal>,
  ): void | Promise<void>;
  /** The largest body accepted, in bytes. @defaultValue 1048576 */
  maxBodyBytes?: number;
  /** Mapper options (time and calorie units). @defaultValue `{}` */
  mapOptions?: Omit<MapCorosActivityOptions, 'includeRaw'>;
  /** Told of every refused request (wrong headers, oversized, malformed); never sees a secret. */
  onRejected?(rejection: IngestRejection): void;
}

/**
 * Creates the Fetch-API endpoint to give COROS as the push URL, on core's ingest handler:
 * `Client`/`Secret` headers checked in constant time (401), the body limit (413), JSON and the
 * `sportDataList` shape (400), then `deliver`, then COROS' acknowledgement. COROS' health check
 * (an unauthenticated `GET`) is answered 200 with the same body. A refused push hands nothing
 * to the app.
 *
 * @param options - The app's credentials, the callback and limits.
 * @example
 * ```ts
 * import { createCorosWebhookHandler } from '@fitlink/coros';
 * const handler = createCorosWebhookHandler({
 *   clientId: 'id',
 *   clientSecret: 'secret',
 *   deliver: async (event) => {
 *     for (const record of event.records) console.log(record.idempotencyKey, record.activity.sport);
 *   },
 * });
 * // Node, Bun, Deno or Workers: hand it every request to the push URL.
 * ```
 */
export function createCorosWebhookHandler(options: CorosWebhookHandlerOptions): IngestHandler {
  const ack = () => Response.json(COROS_WEBHOOK_ACK, { status: 200 });
  return createIngestHandler({
    // JSON.parse would round 64-bit `labelId`s: this parser keeps them exact.
    parseJson: parseCorosJson,
    provider: 'coros',
    authenticate: verifyCorosWebhookHeaders(options),
    maxBodyBytes: options.maxBodyBytes ?? COROS_WEBHOOK_MAX_BODY_BYTES,
    parse: (body) => parseCorosWebhookEvent(body, options.mapOptions ?? {}),
    deliver: (event, context) => options.deliver(event, context),
    acknowledge: ack,
    healthCheck: ack,
    ...(options.onRejected ? { onRejected: (rejection) => options.onRejected?.(rejection) } : {}),
  });
}
