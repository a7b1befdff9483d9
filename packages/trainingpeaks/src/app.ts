import {
  type Clock,
  createOAuth2App,
  type OAuth2App,
  type OAuth2AppSettings,
  type TokenSet,
} from '@fitlink/core';
import { type TrainingPeaksEnvironment, trainingpeaksUrls } from './endpoints.js';
import { mapTrainingPeaksTokenError } from './errors.js';
import { TRAININGPEAKS_DEFAULT_SCOPES, type TrainingPeaksScope } from './scopes.js';

/** Settings of {@link createTrainingPeaksApp}. */
export interface TrainingPeaksAppSettings {
  /** The client id TrainingPeaks issued. */
  clientId: string;
  /** The client secret TrainingPeaks issued. */
  clientSecret: string;
  /** A redirect URI registered with TrainingPeaks. */
  redirectUri: string;
  /** Scopes asked for; only scopes granted to the app work. @defaultValue `trainingpeaks.defaultScopes` */
  scopes?: readonly TrainingPeaksScope[];
  /** Sandbox (UAT) or production hosts. @defaultValue 'sandbox' */
  environment?: TrainingPeaksEnvironment;
  /** The fetch to use. @defaultValue globalThis.fetch */
  fetch?: typeof fetch;
  /** Time source. @defaultValue systemClock */
  clock?: Clock;
  /** Timeout of token requests. @defaultValue 30000 */
  timeoutMs?: number;
}

/** A TrainingPeaks OAuth app: authorization URL, code exchange, refresh and deauthorize. */
export interface TrainingPeaksApp extends OAuth2App<TrainingPeaksScope> {
  /** Always `'trainingpeaks'`. */
  readonly provider: 'trainingpeaks';
  /** The environment whose hosts this app talks to. */
  readonly environment: TrainingPeaksEnvironment;
  /**
   * Removes the user's authorization of the app at `/oauth/deauthorize` (TrainingPeaks'
   * revocation). Sends the refresh token (or the access token) as an RFC 7009 form with the
   * client credentials.
   *
   * @throws {@link @fitlink/core!AuthError} when TrainingPeaks refuses the client.
   * @example
   * ```ts
   * await app.deauthorize(tokens);
   * ```
   */
  deauthorize(tokens: TokenSet | string, options?: { signal?: AbortSignal }): Promise<void>;
}

/**
 * Creates the TrainingPeaks OAuth 2 app: authorization code flow with the client secret in
 * the form body (`client_secret_post`, as TrainingPeaks' sample does), no PKCE (not offered),
 * refresh storing whatever refresh token comes back (TrainingPeaks does not say whether it
 * rotates), and deauthorize. `environment` picks `oauth[.sandbox].trainingpeaks.com`.
 *
 * @example
 * ```ts
 * const app = createTrainingPeaksApp({ clientId, clientSecret, redirectUri, environment: 'production' });
 * const { url, state } = await app.createAuthorization();
 * ```
 * @see https://github.com/TrainingPeaks/PartnersAPI/wiki/OAuth
 */
export function createTrainingPeaksApp(settings: TrainingPeaksAppSettings): TrainingPeaksApp {
  const environment = settings.environment ?? 'sandbox';
  const urls = trainingpeaksUrls(environment);
  const core: OAuth2AppSettings<TrainingPeaksScope> = {
    provider: 'trainingpeaks',
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    clientAuthMethod: 'client_secret_post',
    redirectUri: settings.redirectUri,
    scopes: settings.scopes ?? TRAININGPEAKS_DEFAULT_SCOPES,
    // TrainingPeaks documents no PKCE; an unknown code_challenge is not sent.
    pkce: false,
    endpoints: {
      authorizationEndpoint: urls.authorize,
      tokenEndpoint: urls.token,
      revocationEndpoint: urls.deauthorize,
    },
    mapTokenError: mapTrainingPeaksTokenError,
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
    ...(settings.clock ? { clock: settings.clock } : {}),
    ...(settings.timeoutMs !== undefined ? { timeoutMs: settings.timeoutMs } : {}),
  };
  const app = createOAuth2App<TrainingPeaksScope>(core);
  return Object.assign(app, {
    provider: 'trainingpeaks' as const,
    environment,
    deauthorize: (tokens: TokenSet | string, options: { signal?: AbortSignal } = {}) =>
      app.revoke(tokens, options),
  });
}
