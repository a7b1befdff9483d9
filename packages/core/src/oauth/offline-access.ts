import type { OAuth2Warning } from './oauth2-warning.js';

/**
 * What `createAuthorization` does when the scopes include `offline_access` and the request has
 * no `prompt=consent`: `consent` adds it (OpenID Connect Core §11 requires it, and standard
 * servers otherwise drop `offline_access` and issue no refresh token), `warn` leaves the URL as
 * it is and reports an `offline_access_without_consent` warning, `off` does neither (for
 * servers, such as Auth0, that issue refresh tokens without it).
 *
 * @see https://openid.net/specs/openid-connect-core-1_0.html#OfflineAccess
 */
export type OfflineAccessMode = 'consent' | 'warn' | 'off';

/**
 * Applies an {@link OfflineAccessMode} to an authorization URL whose parameters are final.
 * `prompt=none` cannot be combined with `consent`: it is left alone and warned about.
 *
 * @param url - The authorization URL; its `prompt` may be changed.
 * @param mode - The app's mode.
 * @param report - Receives the warning.
 * @param provider - Provider id, for the warning.
 * @example
 * ```ts
 * applyOfflineAccess(url, 'consent', onWarning, 'example'); // prompt=consent when scope has offline_access
 * ```
 */
export function applyOfflineAccess(
  url: URL,
  mode: OfflineAccessMode,
  report: (warning: OAuth2Warning) => void,
  provider: string,
): void {
  if (mode === 'off') return;
  const scopes = (url.searchParams.get('scope') ?? '').split(/[\s,]+/);
  if (!scopes.includes('offline_access')) return;
  const prompt = (url.searchParams.get('prompt') ?? '').split(' ').filter(Boolean);
  if (prompt.includes('consent')) return;
  if (mode === 'consent' && !prompt.includes('none')) {
    url.searchParams.set('prompt', [...prompt, 'consent'].join(' '));
    return;
  }
  report({
    code: 'offline_access_without_consent',
    provider,
    message: `${provider}: the authorization asks for offline_access without prompt=consent; standard OpenID servers then issue no refresh token and the user must reconnect when the access token expires. Set offlineAccess: 'consent' (or pass prompt: 'consent'), or offlineAccess: 'off' if the provider issues refresh tokens without it`,
  });
}
