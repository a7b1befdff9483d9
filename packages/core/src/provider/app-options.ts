import type { Clock } from '../http/clock.js';
import type { OAuth2AppSettings } from '../oauth/oauth2-app.js';

/**
 * What every provider app accepts besides its credentials, redirect URI and scopes: the fetch,
 * the time source and the timeout of its token requests. Provider app settings extend it, so
 * the options read the same in every package (a provider re-declares one only to document a
 * different default).
 */
export interface ProviderAppOptions {
  /** The fetch to use (the sandbox's loopback fetch in demos, a proxy …). @defaultValue globalThis.fetch */
  fetch?: typeof fetch;
  /** Time source for token expiry (inject one in tests). @defaultValue systemClock */
  clock?: Clock;
  /** Timeout of each token, login and revocation request, in milliseconds. @defaultValue 30000 */
  timeoutMs?: number;
}

/**
 * The app settings a provider app passes through from its own settings (fetch, clock,
 * timeout), leaving out what the caller did not set so core's defaults apply. The result
 * spreads into `createOAuth2App` settings, and into `sendTokenRevocation` options.
 *
 * @param settings - The provider app's settings.
 * @example
 * ```ts
 * const oauth = createOAuth2App({
 *   provider: 'example',
 *   endpoints: { authorizationEndpoint: EXAMPLE_AUTHORIZE_URL, tokenEndpoint: EXAMPLE_TOKEN_URL },
 *   clientId: settings.clientId,
 *   clientSecret: settings.clientSecret,
 *   redirectUri: settings.redirectUri,
 *   ...passThroughAppSettings(settings),
 * });
 * ```
 */
export function passThroughAppSettings(
  settings: ProviderAppOptions,
): Pick<OAuth2AppSettings, 'fetch' | 'clock' | 'timeoutMs'> {
  const out: ReturnType<typeof passThroughAppSettings> = {};
  if (settings.fetch !== undefined) out.fetch = settings.fetch;
  if (settings.clock !== undefined) out.clock = settings.clock;
  if (settings.timeoutMs !== undefined) out.timeoutMs = settings.timeoutMs;
  return out;
}
