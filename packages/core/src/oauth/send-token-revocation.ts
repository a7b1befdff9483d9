import { ErrorCodes } from '../errors/codes.js';
import { FitlinkError } from '../errors/fitlink-error.js';
import type { RetrySettings } from '../http/backoff.js';
import type { Clock } from '../http/clock.js';
import type { HttpHooks } from '../http/hooks.js';
import { createHttpClient } from '../http/http-client.js';
import type { ErrorContext } from '../http/http-types.js';
import type { RequestAuth } from '../http/request-auth.js';
import { toResponseError } from '../http/response-error.js';
import type { RouteMethod } from '../provider/routes.js';

/**
 * Where a revocation request carries the token: `'bearer'` for `Authorization: Bearer <token>`,
 * `{ form: name }` for a form field of the body, `{ query: name }` for a query parameter.
 */
export type RevocationTokenPlacement =
  | 'bearer'
  | {
      /** Name of the form field that carries the token (`access_token`, `token` …). */
      readonly form: string;
    }
  | {
      /** Name of the query parameter that carries the token. */
      readonly query: string;
    };

/** Options of {@link sendTokenRevocation}. */
export interface TokenRevocationOptions {
  /** Provider id, for errors and hook events. */
  provider: string;
  /** The revocation endpoint (absolute URL; a query it already has is kept). */
  url: string | URL;
  /** HTTP method. @defaultValue 'POST' */
  method?: RouteMethod;
  /** The token to revoke or to authenticate the revocation with. */
  token: string;
  /** Where the token goes; several places at once when the provider wants it twice (Strava). */
  sendTokenAs: RevocationTokenPlacement | readonly RevocationTokenPlacement[];
  /** Extra form fields; with them or a `{ form }` placement the body is a URL-encoded form. @defaultValue none */
  form?: Readonly<Record<string, string>>;
  /** Extra request headers. @defaultValue none */
  headers?: Readonly<Record<string, string>>;
  /**
   * Statuses that mean the grant is already gone, answered as success when the caller wants
   * revocation to be idempotent (a 404 for an unknown grant …). @defaultValue none
   */
  alreadyRevokedStatuses?: readonly number[];
  /**
   * Called once after a 401 (unless 401 is in `alreadyRevokedStatuses`) for a fresh token to
   * retry with, such as a refreshed access token (WHOOP refuses an expired one); resolve
   * `undefined` to give up: the 401 is then mapped as an error (with an empty body, as the
   * first answer's body was not kept). @defaultValue none
   */
  renewToken?: (signal: AbortSignal | undefined) => Promise<string | undefined>;
  /** Other values to keep out of errors and events (the client secret of a form). @defaultValue none */
  secrets?: readonly string[];
  /** The provider's error mapping, as its HTTP client uses it. @defaultValue core's mapping */
  mapError?: (context: ErrorContext) => FitlinkError | undefined;
  /** Request, response and retry observers, given redacted events. @defaultValue none */
  hooks?: HttpHooks;
  /** Retries of 5xx and network errors, for idempotent methods (`DELETE`). @defaultValue `{ limit: 2 }` */
  retry?: RetrySettings;
  /** The fetch to use. @defaultValue globalThis.fetch */
  fetch?: typeof fetch;
  /** Time source of backoff waits. @defaultValue systemClock */
  clock?: Clock;
  /** Per-attempt timeout in milliseconds. @defaultValue 30000 */
  timeoutMs?: number;
  /** Aborts the request and any wait. */
  signal?: AbortSignal;
}

/** What {@link sendTokenRevocation} resolves to when the grant is gone. */
export interface TokenRevocationResult {
  /** HTTP status of the provider's last answer. */
  status: number;
  /** Whether the status was one of `alreadyRevokedStatuses`. */
  alreadyRevoked: boolean;
}

function invalid(provider: string, message: string): FitlinkError {
  return new FitlinkError(`${provider}: ${message}`, {
    code: ErrorCodes.invalidArgument,
    provider,
  });
}

/** Sends the token as a bearer header where asked, and keeps every token seen secret. */
function revocationAuth(token: string, bearer: boolean, secrets: readonly string[]): RequestAuth {
  return {
    async apply(request) {
      if (bearer) request.headers.set('authorization', `Bearer ${token}`);
      return { credential: token };
    },
    secrets: () => secrets,
  };
}

/**
 * Sends a provider's own (non-RFC 7009) revocation request through core's HTTP client, so
 * timeouts, aborts, network failures, retries, hooks and redaction behave as for every other
 * request and the provider's `mapError` reads the error answers. For RFC 7009 endpoints use
 * `OAuth2App.revoke` instead. The token never appears in an error or an event: it is a secret
 * of the request, and the answer's body is not read unless it is an error.
 *
 * @param options - The endpoint, the token and where it goes, what counts as done, and the
 * HTTP settings (spread `passThroughAppSettings(settings)` in).
 * @returns The final status, and whether it meant "already revoked".
 * @throws {@link FitlinkError} with code `invalid_argument` for an empty token, no placement or
 * an invalid URL; `timeout`, `aborted` or `network` when no answer came.
 * @throws {@link AuthError} (`unauthorized`) for a 401 that no renewed token fixed, and
 * {@link ProviderError} for other error statuses, unless `mapError` returns another error.
 * @example
 * ```ts
 * // Strava: POST /oauth/deauthorize with the access token as bearer and as a form field.
 * await sendTokenRevocation({
 *   provider: 'strava',
 *   url: STRAVA_DEAUTHORIZE_URL,
 *   token: tokens.accessToken,
 *   sendTokenAs: ['bearer', { form: 'access_token' }],
 *   mapError: mapStravaError,
 *   ...passThroughAppSettings(settings),
 *   ...(options.signal ? { signal: options.signal } : {}),
 * });
 * ```
 */
export async function sendTokenRevocation(
  options: TokenRevocationOptions,
): Promise<TokenRevocationResult> {
  const { provider, token } = options;
  const placements = ([] as RevocationTokenPlacement[]).concat(options.sendTokenAs);
  if (token === '') throw invalid(provider, 'the token to revoke is empty');
  if (placements.length === 0) throw invalid(provider, 'sendTokenAs names no placement');
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw invalid(provider, 'the revocation URL is not an absolute URL');
  }
  const bearer = placements.includes('bearer');
  const formFields = placements.flatMap((place) =>
    typeof place === 'object' && 'form' in place ? [place.form] : [],
  );
  const queryFields = placements.flatMap((place) =>
    typeof place === 'object' && 'query' in place ? [place.query] : [],
  );
  const method = options.method ?? 'POST';
  const done = options.alreadyRevokedStatuses ?? [];
  const seen: string[] = [...(options.secrets ?? [])];

  const send = async (current: string, allowUnauthorized: boolean) => {
    seen.push(current);
    const http = createHttpClient({
      provider,
      baseUrl: url.origin,
      auth: revocationAuth(current, bearer, seen),
      ...(options.mapError ? { mapError: options.mapError } : {}),
      ...(options.hooks ? { hooks: options.hooks } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });
    const form = new URLSearchParams(options.form);
    for (const name of formFields) form.set(name, current);
    const hasForm = formFields.length > 0 || options.form !== undefined;
    return http.request({
      method,
      path: url.href,
      query: Object.fromEntries(queryFields.map((name) => [name, current])),
      ...(hasForm ? { body: form } : {}),
      ...(options.headers ? { headers: { ...options.headers } } : {}),
      allowStatus: allowUnauthorized ? [...done, 401] : done,
      responseType: 'none',
      ...(options.signal ? { signal: options.signal } : {}),
    });
  };

  const renewToken = done.includes(401) ? undefined : options.renewToken;
  let result = await send(token, renewToken !== undefined);
  if (renewToken && result.status === 401) {
    const fresh = await renewToken(options.signal);
    if (!fresh) {
      // Nothing to retry with: the 401 is an error, mapped as the client would have mapped it.
      const endpoint = `${method} ${url.pathname}`;
      const context = { provider, status: 401, endpoint, headers: result.headers, body: '' };
      throw toResponseError({ ...context, secrets: seen }, options.mapError);
    }
    result = await send(fresh, false);
  }
  return { status: result.status, alreadyRevoked: done.includes(result.status) };
}
