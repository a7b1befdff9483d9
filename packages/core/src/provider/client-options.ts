import type { FitlinkError } from '../errors/fitlink-error.js';
import type { AsyncRateLimitPolicy } from '../http/async-rate-limit-policy.js';
import type { Clock } from '../http/clock.js';
import type { HttpHooks } from '../http/hooks.js';
import type { HttpClientSettings } from '../http/http-types.js';
import type { ValidationMode } from '../http/validate.js';
import type { PersistFailureHook } from '../tokens/persist-failure.js';
import type { ConnectionSettings } from './contract.js';

/**
 * What every provider client accepts besides its app and connection: validation, observers,
 * time, timeouts and the rate-limit policy. Provider settings extend it, so the options read
 * the same in every package (a provider re-declares one only to document a different default).
 */
export interface ProviderClientOptions {
  /**
   * The API base URL the client's routes resolve against, instead of the provider's host: a
   * provider's new host (Strava's `STRAVA_API_V3_BASE_URL`), a proxy, or a test server. Routes
   * are relative to it, so keep the provider's path (`…/v1/`) when a proxy forwards it.
   * @defaultValue the provider's API base URL (`<P>_API_BASE_URL` of each package)
   */
  baseUrl?: string;
  /** What to do with payloads that do not match the schemas. @defaultValue 'strict' */
  validation?: ValidationMode;
  /** Receives validation errors in `warn` mode. @defaultValue none */
  onValidationWarning?: (error: FitlinkError) => void;
  /** Request, response, retry and refresh observers, given redacted events. @defaultValue none */
  hooks?: HttpHooks;
  /** Time source for expiry and waits (inject one in tests). @defaultValue systemClock */
  clock?: Clock;
  /** Per-attempt timeout in milliseconds. @defaultValue 30000 */
  timeoutMs?: number;
  /** Longest rate-limit wait before `RateLimitError`, in milliseconds. @defaultValue 60000 */
  maxRateLimitWaitMs?: number;
  /** The rate-limit policy; share one between clients to share a budget. @defaultValue the provider's policy */
  rateLimitPolicy?: AsyncRateLimitPolicy;
  /**
   * Receives a refreshed token set the token store would not take (after retries), so the app
   * can save it elsewhere; the client keeps using it in memory. Passed to `connectionAuth`.
   * @defaultValue none
   */
  onPersistFailure?: PersistFailureHook;
}

/**
 * The HTTP-client settings a provider client passes through from its own settings (fetch,
 * validation, hooks, clock, timeouts), leaving out what the caller did not set so core's
 * defaults apply. The provider adds its base URL, auth, rate-limit policy and error mapping.
 *
 * @example
 * ```ts
 * const http = createHttpClient({
 *   provider: 'example',
 *   baseUrl: 'https://api.example.com',
 *   auth: connectionAuth({ provider: 'example', store: settings.store, key: settings.key, refresher: settings.app }),
 *   ...passThroughHttpSettings(settings),
 * });
 * ```
 */
export function passThroughHttpSettings(
  settings: ProviderClientOptions & Pick<ConnectionSettings, 'fetch'>,
): Pick<
  HttpClientSettings,
  | 'fetch'
  | 'validation'
  | 'onValidationWarning'
  | 'hooks'
  | 'clock'
  | 'timeoutMs'
  | 'maxRateLimitWaitMs'
> {
  const out: ReturnType<typeof passThroughHttpSettings> = {};
  if (settings.fetch !== undefined) out.fetch = settings.fetch;
  if (settings.validation !== undefined) out.validation = settings.validation;
  if (settings.onValidationWarning !== undefined)
    out.onValidationWarning = settings.onValidationWarning;
  if (settings.hooks !== undefined) out.hooks = settings.hooks;
  if (settings.clock !== undefined) out.clock = settings.clock;
  if (settings.timeoutMs !== undefined) out.timeoutMs = settings.timeoutMs;
  if (settings.maxRateLimitWaitMs !== undefined)
    out.maxRateLimitWaitMs = settings.maxRateLimitWaitMs;
  return out;
}
