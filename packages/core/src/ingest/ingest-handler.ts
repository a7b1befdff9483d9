import {
  ErrorCodes,
  FitlinkError,
  ValidationError,
  WebhookVerificationError,
} from '../errors/index.js';
import { readRawBodyBytes } from '../webhooks/raw-body.js';
import type { IngestAuthenticator } from './authenticators.js';

/** A Fetch-API request handler: mount it on any server that speaks `Request` → `Response`. */
export type IngestHandler = (request: Request) => Promise<Response>;

/** What every step of an ingest handler learns about the request it is handling. */
export interface IngestContext<P> {
  /** What the authenticator resolved to (the user a per-user key belongs to …). */
  readonly principal: P;
  /** The request, its body already consumed. */
  readonly request: Request;
  /** When the handler started reading the request. */
  readonly receivedAt: Date;
}

/** A request the handler refused, as reported to {@link IngestHandlerOptions.onRejected}. */
export interface IngestRejection {
  /** The HTTP status answered (401, 400, 405, 413, 500 or 503). */
  readonly status: number;
  /** Why, as a fitlink error (redacted: no key, secret or body). */
  readonly error: FitlinkError;
}

/** Options of {@link createIngestHandler}. */
export interface IngestHandlerOptions<P, B> {
  /** Checks the sender before the body is read (see `headerSecretAuthenticator`, `apiKeyAuthenticator`). */
  readonly authenticate: IngestAuthenticator<P>;
  /**
   * The largest body accepted, in bytes; larger ones are answered 413 without being read past
   * the limit. Set it to what the sender really sends (Garmin's activity details reach 100 MB).
   * @defaultValue 1048576 (1 MiB)
   */
  readonly maxBodyBytes?: number;
  /** The provider id put on errors. */
  readonly provider?: string;
  /**
   * Parses the body text, for senders whose ids do not fit a double (COROS' 64-bit `labelId`):
   * such a parser keeps them exact. A throw is answered 400 like a `JSON.parse` error.
   * @defaultValue `JSON.parse`
   */
  readonly parseJson?: (text: string) => unknown;
  /**
   * Validates the parsed JSON body into the batch handed to `deliver` (typed records with their
   * idempotency keys). Throw a `ValidationError` for a body that does not fit: answered 400.
   */
  parse(body: unknown, context: IngestContext<P>): B | Promise<B>;
  /**
   * The app's callback: store or enqueue the batch, quickly. The handler answers 2xx only after
   * it resolves; when it throws, the answer is 503 so the sender retries and nothing is lost.
   */
  deliver(batch: B, context: IngestContext<P>): void | Promise<void>;
  /**
   * The answer once `deliver` resolved, for senders that want their own acknowledgement body.
   * @defaultValue an empty 200
   */
  acknowledge?(batch: B, context: IngestContext<P>): Response;
  /**
   * Answers `GET` and `HEAD` (health checks such as COROS'); without it they get 405.
   * @defaultValue none
   */
  healthCheck?(request: Request): Response | Promise<Response>;
  /** Called for every refused request, for logs and metrics. Must not throw. */
  onRejected?(rejection: IngestRejection): void;
}

/**
 * Creates the Fetch-API endpoint a push sender (Garmin, COROS) or a phone exporter app posts to.
 * Per request, in order: the method (`POST`; `GET`/`HEAD` go to `healthCheck`), the
 * authenticator (401), the body size limit (413, checked against `Content-Length` and while
 * streaming), JSON parsing (400 for an empty, truncated or non-JSON body), `parse` (400 on a
 * `ValidationError`), then `deliver`, and only then the acknowledgement. A request refused at
 * any step hands nothing to the app; a failing `deliver` answers 503, so a batch is never
 * acknowledged that was not handed over.
 *
 * Declare a generic authenticator (`apiKeyAuthenticator`) in a variable before passing it, so
 * its principal type reaches `parse` and `deliver` (written inline, TypeScript infers `unknown`).
 *
 * @typeParam P - What the authenticator resolves to.
 * @typeParam B - The validated batch handed to `deliver`.
 * @param options - Authentication, limits, parsing, delivery and the acknowledgement.
 * @returns The request handler.
 * @throws {@link FitlinkError} with code `invalid_argument` (from the handler, answered 500)
 * when `maxBodyBytes` is not a positive integer.
 *
 * @example
 * ```ts
 * const handler = createIngestHandler({
 *   authenticate: headerSecretAuthenticator({ header: 'x-push-secret', secret: pushSecret }),
 *   parse: (body) => pushSchema.parse(body),
 *   deliver: async (batch) => queue.add('push', batch),
 * });
 * export default { fetch: handler };
 * ```
 */
export function createIngestHandler<P, B>(options: IngestHandlerOptions<P, B>): IngestHandler {
  const provider = options.provider !== undefined ? { provider: options.provider } : {};
  const refuse = (status: number, error: FitlinkError): Response => {
    try {
      options.onRejected?.({ status, error });
    } catch {
      // A logging hook must never turn a refusal into a different answer.
    }
    return Response.json({ error: error.code }, { status });
  };

  return async (request) => {
    const receivedAt = new Date();
    const method = request.method.toUpperCase();
    if ((method === 'GET' || method === 'HEAD') && options.healthCheck) {
      return options.healthCheck(request);
    }
    if (method !== 'POST') {
      return refuse(
        405,
        new FitlinkError(`An ingest endpoint takes POST, not ${method}`, {
          code: ErrorCodes.ingestMethodNotAllowed,
          ...provider,
        }),
      );
    }

    let principal: P;
    try {
      principal = await options.authenticate(request);
    } catch (error) {
      return refuse(
        401,
        asFitlinkError(error, provider, 'The ingest request was not authenticated'),
      );
    }

    let text: string;
    try {
      const bytes = await readRawBodyBytes(request, {
        ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
        ...provider,
      });
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (error) {
      if (error instanceof WebhookVerificationError) {
        return refuse(error.code === ErrorCodes.webhookBodyTooLarge ? 413 : 400, error);
      }
      if (error instanceof FitlinkError && error.code === ErrorCodes.invalidArgument) {
        return refuse(500, error);
      }
      return refuse(400, malformed('The ingest body is not valid UTF-8', provider, error));
    }

    let json: unknown;
    try {
      if (text.trim() === '') throw new SyntaxError('empty body');
      json = (options.parseJson ?? JSON.parse)(text);
    } catch (error) {
      return refuse(
        400,
        malformed(
          'The ingest body is not JSON (empty, truncated or another format)',
          provider,
          error,
        ),
      );
    }

    const context: IngestContext<P> = { principal, request, receivedAt };
    let batch: B;
    try {
      batch = await options.parse(json, context);
    } catch (error) {
      if (error instanceof ValidationError) return refuse(400, error);
      return refuse(500, asFitlinkError(error, provider, 'The ingest batch could not be parsed'));
    }

    try {
      await options.deliver(batch, context);
    } catch (error) {
      return refuse(
        503,
        new FitlinkError('The app did not take the ingest batch; the sender should retry', {
          code: ErrorCodes.ingestDeliveryFailed,
          cause: error,
          ...provider,
        }),
      );
    }
    return options.acknowledge
      ? options.acknowledge(batch, context)
      : new Response(null, { status: 200 });
  };
}

function malformed(
  message: string,
  provider: { provider?: string },
  cause: unknown,
): ValidationError {
  return new ValidationError(message, {
    endpoint: 'ingest',
    issues: [{ path: [], code: 'invalid_json', message }],
    cause,
    ...provider,
  });
}

function asFitlinkError(
  error: unknown,
  provider: { provider?: string },
  message: string,
): FitlinkError {
  if (error instanceof FitlinkError) return error;
  return new FitlinkError(message, { code: ErrorCodes.internal, cause: error, ...provider });
}
