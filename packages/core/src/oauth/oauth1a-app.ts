import { AuthError } from '../errors/auth-error.js';
import { ErrorCodes } from '../errors/codes.js';
import { FitlinkError } from '../errors/fitlink-error.js';
import { ProviderError } from '../errors/provider-error.js';
import { type Clock, systemClock } from '../http/clock.js';
import type { RequestAuth } from '../http/request-auth.js';
import type { TokenSet } from '../tokens/token-set.js';
import type { TokenStore } from '../tokens/token-store.js';
import { signOAuth1Request } from './oauth1a-sign.js';

/** Settings of {@link createOAuth1App}. */
export interface OAuth1AppSettings {
  /** Provider id. */
  provider: string;
  /** The app's consumer key. */
  consumerKey: string;
  /** The app's consumer secret. */
  consumerSecret: string;
  /** Temporary-credentials (request token) endpoint. */
  requestTokenUrl: string;
  /** Where the user authorizes the request token. */
  authorizeUrl: string;
  /** Token-credentials (access token) endpoint. */
  accessTokenUrl: string;
  /** The app's callback URL (`oob` for out-of-band). */
  callbackUrl: string;
  /** The fetch to use. @defaultValue globalThis.fetch */
  fetch?: typeof fetch;
  /** Time source. @defaultValue systemClock */
  clock?: Clock;
}

/** The first leg's result: send the user to `url`, keep the request token secret for the callback. */
export interface OAuth1Authorization {
  /** The provider's authorization page for the request token: send the user there. */
  url: URL;
  /** The temporary request token. */
  requestToken: string;
  /** The request token's secret: keep it server-side for the callback. */
  requestTokenSecret: string;
}

/** An OAuth 1.0a app (RFC 5849): request token, authorization URL, access token, signed requests. */
export interface OAuth1App {
  /** Provider id. */
  readonly provider: string;
  /**
   * Gets a request token and builds the authorization URL.
   *
   * @throws {@link AuthError} when the provider refuses the consumer credentials.
   */
  createAuthorization(options?: { signal?: AbortSignal }): Promise<OAuth1Authorization>;
  /**
   * Exchanges the authorized request token and the callback's `oauth_verifier` for an access token.
   *
   * @throws {@link AuthError} when the token or verifier is refused.
   */
  exchangeVerifier(options: {
    requestToken: string;
    requestTokenSecret: string;
    verifier: string;
    signal?: AbortSignal;
  }): Promise<TokenSet>;
  /** Request auth that signs each request with the connection's stored token and secret. */
  auth(options: { store: TokenStore; key: string }): RequestAuth;
}

/**
 * Creates an OAuth 1.0a app with HMAC-SHA1 signatures computed by WebCrypto.
 *
 * @example
 * ```ts
 * const app = createOAuth1App({ provider: 'example', consumerKey, consumerSecret, callbackUrl,
 *   requestTokenUrl, authorizeUrl, accessTokenUrl });
 * const { url, requestToken, requestTokenSecret } = await app.createAuthorization();
 * ```
 */
export function createOAuth1App(settings: OAuth1AppSettings): OAuth1App {
  const { provider, consumerKey, consumerSecret } = settings;
  const clock = settings.clock ?? systemClock;

  const post = async (
    url: string,
    token: { key?: string; secret?: string },
    oauthParams: Record<string, string>,
    signal?: AbortSignal,
  ): Promise<URLSearchParams> => {
    const secrets = [consumerSecret, token.secret ?? '', ...Object.values(oauthParams)];
    const authorization = await signOAuth1Request({
      consumerKey,
      consumerSecret,
      method: 'POST',
      url,
      oauthParams,
      ...(token.key !== undefined ? { token: token.key, tokenSecret: token.secret ?? '' } : {}),
    });
    let response: Response;
    try {
      response = await (settings.fetch ?? globalThis.fetch)(url, {
        method: 'POST',
        headers: { authorization },
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      throw new FitlinkError(`${provider} OAuth 1.0a request failed`, {
        code: ErrorCodes.network,
        provider,
        cause: error,
        secrets,
      });
    }
    const body = await response.text();
    if (response.status === 401 || response.status === 403) {
      throw new AuthError(`${provider} refused the OAuth 1.0a credentials (${response.status})`, {
        provider,
        secrets,
        code: ErrorCodes.invalidGrant,
      });
    }
    if (!response.ok) {
      throw new ProviderError(`${provider} OAuth 1.0a endpoint answered ${response.status}`, {
        provider,
        status: response.status,
        endpoint: `POST ${new URL(url).pathname}`,
        body,
        secrets,
      });
    }
    return new URLSearchParams(body);
  };

  return {
    provider,
    async createAuthorization(options = {}) {
      const params = await post(
        settings.requestTokenUrl,
        {},
        { oauth_callback: settings.callbackUrl },
        options.signal,
      );
      const requestToken = params.get('oauth_token');
      const requestTokenSecret = params.get('oauth_token_secret');
      if (!requestToken || !requestTokenSecret) {
        throw new ProviderError(
          `${provider} request token answer lacks oauth_token/oauth_token_secret`,
          { provider, status: 200, endpoint: 'request token' },
        );
      }
      const url = new URL(settings.authorizeUrl);
      url.searchParams.set('oauth_token', requestToken);
      return { url, requestToken, requestTokenSecret };
    },
    async exchangeVerifier({ requestToken, requestTokenSecret, verifier, signal }) {
      const params = await post(
        settings.accessTokenUrl,
        { key: requestToken, secret: requestTokenSecret },
        { oauth_verifier: verifier },
        signal,
      );
      const accessToken = params.get('oauth_token');
      const tokenSecret = params.get('oauth_token_secret');
      if (!accessToken || !tokenSecret) {
        throw new ProviderError(
          `${provider} access token answer lacks oauth_token/oauth_token_secret`,
          { provider, status: 200, endpoint: 'access token' },
        );
      }
      const now = clock.now();
      return { accessToken, tokenSecret, tokenType: 'oauth1', obtainedAt: now, authorizedAt: now };
    },
    auth({ store, key }) {
      let seen: TokenSet | undefined;
      return {
        async apply(request) {
          const tokens = await store.get(key);
          if (!tokens) {
            throw new AuthError(
              `No tokens are stored for connection "${key}": connect the user first`,
              { code: ErrorCodes.notConnected, provider },
            );
          }
          seen = tokens;
          const authorization = await signOAuth1Request({
            consumerKey,
            consumerSecret,
            method: request.method,
            url: request.url,
            token: tokens.accessToken,
            tokenSecret: tokens.tokenSecret ?? '',
            ...(request.form ? { form: request.form } : {}),
          });
          request.headers.set('authorization', authorization);
          return { credential: tokens.accessToken };
        },
        secrets: () => [
          consumerSecret,
          ...(seen ? [seen.accessToken, seen.tokenSecret ?? ''] : []),
        ],
      };
    },
  };
}
