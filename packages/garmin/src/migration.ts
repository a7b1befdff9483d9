import {
  AuthError,
  ErrorCodes,
  FitlinkError,
  type ProviderAppOptions,
  ProviderError,
  signOAuth1Request,
  systemClock,
  type TokenSet,
  type TokenStore,
  toTokenSet,
  validatePayload,
} from '@fitlink/core';
import { GARMIN_TOKEN_EXCHANGE_URL } from './endpoints.js';
import { readGarminErrorMessage } from './errors.js';
import { garminTokenExchangeSchema } from './schemas/user.js';

/** Options of {@link migrateGarminOAuth1Connection}. */
export interface MigrateGarminOAuth1Options extends ProviderAppOptions {
  /** The app's consumer key (the same for OAuth 1.0a and OAuth 2). */
  consumerKey: string;
  /** The app's consumer secret. */
  consumerSecret: string;
  /** The user's OAuth 1.0a access token. */
  token: string;
  /** The user's OAuth 1.0a token secret. */
  tokenSecret: string;
  /**
   * The token-exchange endpoint. Garmin's migration guide is not public: the default is the URL
   * production integrations use; change it if Garmin tells you another.
   * @defaultValue {@link GARMIN_TOKEN_EXCHANGE_URL}
   */
  tokenExchangeUrl?: string;
  /** Where to store the new OAuth 2 tokens (with `key`); they are stored before being returned. */
  store?: TokenStore;
  /** The connection key in `store`. */
  key?: string;
  /** Aborts the request. */
  signal?: AbortSignal;
}

/**
 * Exchanges one user's OAuth 1.0a token pair for OAuth 2 tokens at Garmin's partner-gateway
 * token-exchange endpoint, signed with OAuth 1.0a one last time: the user keeps the connection
 * and is not asked to consent again. After the migration, pings and pushes stop carrying
 * `userAccessToken`; key users by `userId`. Never retried (a used pair may not work twice).
 *
 * @returns The OAuth 2 token set (24 h access, ~90-day refresh token).
 * @throws {@link @fitlink/core!AuthError} `invalid_grant` when Garmin refuses the pair (401/403).
 * @throws {@link @fitlink/core!ProviderError} for other error answers.
 * @example
 * ```ts
 * const tokens = await migrateGarminOAuth1Connection({ consumerKey, consumerSecret,
 *   token: stored.accessToken, tokenSecret: stored.tokenSecret ?? '', store, key: 'user-1' });
 * ```
 */
export async function migrateGarminOAuth1Connection(
  options: MigrateGarminOAuth1Options,
): Promise<TokenSet> {
  const url = options.tokenExchangeUrl ?? GARMIN_TOKEN_EXCHANGE_URL;
  const secrets = [options.consumerSecret, options.token, options.tokenSecret];
  const endpoint = `POST ${new URL(url).pathname}`;
  const authorization = await signOAuth1Request({
    consumerKey: options.consumerKey,
    consumerSecret: options.consumerSecret,
    method: 'POST',
    url,
    token: options.token,
    tokenSecret: options.tokenSecret,
  });
  let response: Response;
  try {
    response = await (options.fetch ?? globalThis.fetch)(url, {
      method: 'POST',
      headers: { authorization, accept: 'application/json' },
      signal: options.signal ?? AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  } catch (error) {
    throw new FitlinkError('garmin token exchange failed to send', {
      code: ErrorCodes.network,
      provider: 'garmin',
      cause: error,
      secrets,
    });
  }
  const body = await response.text();
  if (response.status === 401 || response.status === 403) {
    const message = readGarminErrorMessage(body);
    throw new AuthError(
      `garmin refused the OAuth 1.0a token pair at the token exchange (${response.status}): reconnect the user with OAuth 2`,
      {
        code: ErrorCodes.invalidGrant,
        provider: 'garmin',
        secrets,
        ...(message ? { description: message } : {}),
      },
    );
  }
  if (!response.ok) {
    throw new ProviderError(`garmin token exchange answered ${response.status}`, {
      provider: 'garmin',
      status: response.status,
      endpoint,
      body,
      secrets,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new ProviderError('garmin token exchange answer is not JSON', {
      code: ErrorCodes.invalidBody,
      provider: 'garmin',
      status: response.status,
      endpoint,
      cause: error,
      secrets,
    });
  }
  const answer = validatePayload(garminTokenExchangeSchema, json, {
    provider: 'garmin',
    endpoint,
    secrets,
  });
  const tokens = toTokenSet(
    {
      access_token: answer.access_token,
      refresh_token: answer.refresh_token,
      ...(answer.expires_in != null ? { expires_in: answer.expires_in } : {}),
      ...(answer.scope ? { scope: answer.scope } : {}),
      ...(answer.token_type ? { token_type: answer.token_type } : {}),
    },
    { now: (options.clock ?? systemClock).now() },
  );
  if (options.store && options.key !== undefined) await options.store.set(options.key, tokens);
  return tokens;
}
