import type { CallOptions } from '@fitlink/core';
import { FitbitShutdownError } from './fitbit-shutdown-error.js';
import type { GoogleHealthUsersResource } from './resources/users.js';

/**
 * The hosts of the shut-down Fitbit Web API and Fitbit OAuth (410 Gone since 2026-11-02).
 *
 * @deprecated Fitbit's Web API and OAuth endpoints were shut down on 2026-11-02; listed only to
 * recognise their 410 answers.
 */
export const FITBIT_HOSTS: readonly string[] = ['api.fitbit.com', 'www.fitbit.com'];

/**
 * Wraps a `fetch` so that a 410 from the shut-down Fitbit hosts rejects with
 * {@link FitbitShutdownError} (reconnect needed) instead of resolving: put it under the code that
 * still calls Fitbit with stored tokens (any library), and handle one typed error while users
 * move to Google. Other answers and hosts pass through untouched; the token is never in the
 * error.
 *
 * @param base - The fetch to wrap. @defaultValue globalThis.fetch
 * @returns A fetch with the same signature.
 * @example
 * ```ts
 * import { isFitbitShutdownError, withFitbitShutdown } from '@fitlink/google-health';
 *
 * const fitbitFetch = withFitbitShutdown(fetch);
 * try {
 *   await fitbitFetch('https://api.fitbit.com/1/user/-/profile.json', { headers: { authorization: 'Bearer stored-token' } });
 * } catch (error) {
 *   if (isFitbitShutdownError(error)) console.log('ask the user to reconnect with Google');
 * }
 * ```
 */
export function withFitbitShutdown(base: typeof fetch = globalThis.fetch): typeof fetch {
  const wrapped = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await base(input, init);
    if (response.status !== 410) return response;
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!FITBIT_HOSTS.includes(url.hostname)) return response;
    // Release the connection without waiting; the body's text is not kept.
    void response.body?.cancel().catch(() => undefined);
    const headers = new Headers(input instanceof Request ? input.headers : undefined);
    for (const [name, value] of new Headers(init?.headers)) headers.set(name, value);
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    const auth = headers.get('authorization');
    throw new FitbitShutdownError({
      endpoint: `${method.toUpperCase()} ${url.pathname}`,
      secrets: auth ? [auth, auth.replace(/^\w+\s+/, '')] : [],
    });
  };
  return wrapped as typeof fetch;
}

/** How a Google Health connection relates to a stored legacy Fitbit user. */
export interface FitbitIdentityLink {
  /** The Google Health user id (the `{user}` of resource names and webhook subscriptions). */
  healthUserId: string;
  /** The legacy Fitbit user id Google reports for this account, or `null` for a non-Fitbit account. */
  legacyUserId: string | null;
  /**
   * Whether the connected account is the stored Fitbit user: `true` or `false` when
   * `legacyUserId` was given, `null` when it was not.
   */
  matches: boolean | null;
}

/**
 * Maps a legacy Fitbit user to the newly connected Google Health identity with
 * `users.getIdentity`: after the user reconnects through Google, link the rows stored under the
 * old Fitbit user id to the new `healthUserId`, and check that the same person connected. Then
 * drop the stored Fitbit tokens (they cannot be transferred and the Fitbit API answers 410).
 *
 * @param options - The connection's users resource (`client.users`) and the stored Fitbit user id.
 * @returns The link.
 * @throws {@link @fitlink/core!AuthError} when the Google connection is not valid.
 * @example
 * ```ts
 * const link = await linkFitbitIdentity({ users: client.users, legacyUserId: '7QXB2K' });
 * if (link.matches === false) console.warn('a different Fitbit account was connected');
 * ```
 * @see https://developers.google.com/health/migration
 */
export async function linkFitbitIdentity(
  options: { users: GoogleHealthUsersResource; legacyUserId?: string } & CallOptions,
): Promise<FitbitIdentityLink> {
  const { users, legacyUserId, ...call } = options;
  const identity = await users.getIdentity(call);
  const legacy = identity.legacyUserId ?? null;
  return {
    healthUserId: identity.healthUserId,
    legacyUserId: legacy,
    matches: legacyUserId === undefined ? null : legacy !== null && legacy === legacyUserId,
  };
}
