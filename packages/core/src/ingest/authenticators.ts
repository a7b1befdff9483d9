import { ErrorCodes, FitlinkError, WebhookVerificationError } from '../errors/index.js';
import { timingSafeEqual } from '../webhooks/constant-time.js';
import { parseIngestKey, verifyIngestKey } from './ingest-key.js';

/**
 * Authenticates an ingest request before its body is read: resolves to the principal the batch
 * belongs to (a user, or the header that matched), or rejects with a
 * {@link WebhookVerificationError} (answered 401).
 *
 * @typeParam P - What a successful check yields.
 */
export type IngestAuthenticator<P> = (request: Request) => Promise<P>;

/** What {@link headerSecretAuthenticator} and {@link headersSecretAuthenticator} resolve to. */
export interface HeaderSecretPrincipal {
  /** The header names that matched, lowercase. */
  readonly headers: readonly string[];
}

/** Options of {@link headerSecretAuthenticator}. */
export interface HeaderSecretAuthenticatorOptions {
  /** The header that carries the shared secret (`garmin-client-id` …), any case. */
  readonly header: string;
  /** The expected value, or several during a rotation (any one matches). Never empty. */
  readonly secret: string | readonly string[];
  /** The provider id put on the errors. */
  readonly provider?: string;
}

/** Options of {@link headersSecretAuthenticator}. */
export interface HeadersSecretAuthenticatorOptions {
  /** Every header that must be present with exactly this value (COROS sends `Client` and `Secret`). */
  readonly headers: Readonly<Record<string, string>>;
  /** The provider id put on the errors. */
  readonly provider?: string;
}

/** What {@link apiKeyAuthenticator} looks up: the stored hash of a key and whom it belongs to. */
export interface StoredIngestKey<P> {
  /** The hash stored when the key was generated ({@link GeneratedIngestKey.hash}). */
  readonly hash: string;
  /** Whom the key belongs to (a user id, or a richer record). */
  readonly principal: P;
}

/** Options of {@link apiKeyAuthenticator}. */
export interface ApiKeyAuthenticatorOptions<P> {
  /**
   * The header carrying the key. `authorization` accepts `Bearer <key>` or the bare key.
   * @defaultValue `'authorization'`
   */
  readonly header?: string;
  /** Finds a stored key by its public id; `null`/`undefined` when there is none (or it was revoked). */
  lookup(keyId: string): Promise<StoredIngestKey<P> | null | undefined>;
  /** The provider id put on the errors. */
  readonly provider?: string;
}

/**
 * Checks one header against a shared secret in constant time (Garmin's `garmin-client-id`, a
 * custom header an exporter app sends). Several values are accepted during a rotation.
 *
 * @param options - The header name and the expected value(s).
 * @returns An authenticator for {@link createIngestHandler}.
 * @throws {@link FitlinkError} with code `invalid_argument` when no non-empty secret is given.
 * @throws {@link WebhookVerificationError} from the returned function (reason `bad_api_key`)
 * when the header is absent or wrong; the message never holds either value.
 *
 * @example
 * ```ts
 * const authenticate = headerSecretAuthenticator({ header: 'garmin-client-id', secret: clientId });
 * ```
 */
export function headerSecretAuthenticator(
  options: HeaderSecretAuthenticatorOptions,
): IngestAuthenticator<HeaderSecretPrincipal> {
  const secrets = (typeof options.secret === 'string' ? [options.secret] : options.secret).filter(
    (secret) => secret.length > 0,
  );
  if (secrets.length === 0) throw missingSecret(options.provider);
  const header = options.header.toLowerCase();
  return async (request) => {
    const received = request.headers.get(header) ?? '';
    let matched = false;
    for (const secret of secrets) matched = timingSafeEqual(received, secret) || matched;
    if (!matched) throw rejected(`The ${header} header is missing or wrong`, options.provider);
    return { headers: [header] };
  };
}

/**
 * Checks several headers at once, each against its own value in constant time; all must match
 * (COROS authenticates its pushes with `Client` and `Secret`).
 *
 * @param options - The header names and their expected values.
 * @returns An authenticator for {@link createIngestHandler}.
 * @throws {@link FitlinkError} with code `invalid_argument` when no header or an empty value is given.
 * @throws {@link WebhookVerificationError} from the returned function (reason `bad_api_key`)
 * when any header is absent or wrong.
 *
 * @example
 * ```ts
 * const authenticate = headersSecretAuthenticator({ headers: { client: clientId, secret: clientSecret } });
 * ```
 */
export function headersSecretAuthenticator(
  options: HeadersSecretAuthenticatorOptions,
): IngestAuthenticator<HeaderSecretPrincipal> {
  const expected = Object.entries(options.headers).map(
    ([name, value]) => [name.toLowerCase(), value] as const,
  );
  if (expected.length === 0 || expected.some(([, value]) => value.length === 0)) {
    throw missingSecret(options.provider);
  }
  return async (request) => {
    let matched = true;
    for (const [name, value] of expected) {
      matched = timingSafeEqual(request.headers.get(name) ?? '', value) && matched;
    }
    if (!matched) {
      throw rejected(
        `The ${expected.map(([name]) => name).join(' / ')} headers are missing or wrong`,
        options.provider,
      );
    }
    return { headers: expected.map(([name]) => name) };
  };
}

/**
 * Authenticates a per-user API key (made by {@link generateIngestKey}): reads it from a header,
 * looks its public id up through the app's function, and compares hashes in constant time. An
 * unknown id still costs one hash, so timing does not tell unknown ids from wrong secrets.
 *
 * @param options - The header and the app's lookup.
 * @returns An authenticator resolving to the key's principal.
 * @throws {@link WebhookVerificationError} from the returned function (reason `bad_api_key`)
 * when the key is absent, malformed, unknown or wrong; the message never holds the key.
 *
 * @example
 * ```ts
 * const authenticate = apiKeyAuthenticator({
 *   header: 'x-api-key',
 *   lookup: async (id) => db.findIngestKey(id), // { hash, principal: userId } | null
 * });
 * ```
 */
export function apiKeyAuthenticator<P>(
  options: ApiKeyAuthenticatorOptions<P>,
): IngestAuthenticator<P> {
  const header = (options.header ?? 'authorization').toLowerCase();
  return async (request) => {
    let presented = request.headers.get(header)?.trim() ?? '';
    if (header === 'authorization') presented = presented.replace(/^Bearer\s+/i, '');
    const parts = parseIngestKey(presented);
    if (!parts) throw rejected(`The ${header} header holds no ingest key`, options.provider);
    const stored = await options.lookup(parts.id);
    // Hash even when the id is unknown, so both failures take the same time.
    const valid = await verifyIngestKey(presented, stored?.hash ?? '0'.repeat(64));
    if (!stored || !valid) throw rejected('The ingest key is unknown or wrong', options.provider);
    return stored.principal;
  };
}

function rejected(message: string, provider: string | undefined): WebhookVerificationError {
  return new WebhookVerificationError(message, {
    reason: 'bad_api_key',
    ...(provider !== undefined ? { provider } : {}),
  });
}

function missingSecret(provider: string | undefined): FitlinkError {
  return new FitlinkError('An ingest authenticator needs a non-empty secret', {
    code: ErrorCodes.invalidArgument,
    ...(provider !== undefined ? { provider } : {}),
  });
}
