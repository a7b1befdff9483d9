import type { TokenSet } from '../tokens/token-set.js';
import { isExpired } from '../tokens/token-set.js';
import type { Clock } from './clock.js';
import { systemClock } from './clock.js';
import type { RequestAuth } from './request-auth.js';

/** What {@link clientCredentialsAuth} needs from an app: the grant, and its secrets. */
export interface ClientCredentialsSource {
  /** Gets an app-only token (`grant_type=client_credentials`). */
  clientCredentials(options?: { signal?: AbortSignal }): Promise<TokenSet>;
  /** Secrets of the app (the client secret) to keep out of errors. */
  secrets?(): readonly string[];
}

/**
 * Request auth for app-only calls (no user): gets a token with the client-credentials grant
 * on first use, shares it between concurrent calls, gets a new one shortly before it expires
 * and once after a 401. A failed grant is not cached, so the next call tries again.
 *
 * @example
 * ```ts
 * const http = createHttpClient({
 *   provider: 'example',
 *   baseUrl: 'https://api.example.com',
 *   auth: clientCredentialsAuth({ app }),
 * });
 * ```
 */
export function clientCredentialsAuth(options: {
  /** The app whose client credentials are exchanged. */
  app: ClientCredentialsSource;
  /** Time source for expiry. @defaultValue systemClock */
  clock?: Clock;
  /** How early to replace an expiring token, in milliseconds. @defaultValue 60000 */
  skewMs?: number;
}): RequestAuth {
  const { app } = options;
  const clock = options.clock ?? systemClock;
  let current: Promise<TokenSet> | undefined;
  let seen: TokenSet | undefined;
  const fetchToken = (signal?: AbortSignal): Promise<TokenSet> => {
    const pending = app.clientCredentials(signal ? { signal } : {}).then((tokens) => {
      seen = tokens;
      return tokens;
    });
    current = pending;
    pending.catch(() => {
      if (current === pending) current = undefined;
    });
    return pending;
  };
  return {
    async apply(request, signal) {
      let tokens = await (current ?? fetchToken(signal));
      if (isExpired(tokens, clock.now(), options.skewMs)) tokens = await fetchToken(signal);
      request.headers.set('authorization', `Bearer ${tokens.accessToken}`);
      return { credential: tokens.accessToken };
    },
    async recover(attempt, signal) {
      // Another call may already have replaced the token this one was sent with.
      const latest = await current?.catch(() => undefined);
      if (latest && latest.accessToken !== attempt.credential) return true;
      const next = await fetchToken(signal);
      return next.accessToken !== attempt.credential;
    },
    secrets: () => [...(app.secrets?.() ?? []), ...(seen ? [seen.accessToken] : [])],
  };
}
