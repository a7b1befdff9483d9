import { type HttpHandler, http } from 'msw';
import { SPOTIFY_API_BASE_URL, SPOTIFY_TOKEN_URL } from '../endpoints.js';

/** What {@link createSpotifyPolicyHandlers} reads on every request. */
export interface SpotifyPolicyOptions {
  /**
   * Whether the development-mode app's owner has Premium; `false` answers every Web API call
   * with Spotify's 403 "Upgrade to Spotify Premium required …".
   */
  readonly ownerPremium: () => boolean;
  /**
   * Whether refresh tokens have ended (six months after the user authorized); `true` answers
   * every refresh with `400 invalid_grant` "Refresh token expired".
   */
  readonly refreshTokenExpired: () => boolean;
}

/** The message Spotify answers a development-mode app whose owner has no Premium. */
export const SPOTIFY_OWNER_PREMIUM_MESSAGE =
  'Upgrade to Spotify Premium required to access the Web API and unlock additional features for your app.';

/**
 * Two msw handlers placed before the Web API's routes and the accounts service, which answer only
 * when their knob is set and let every other request through:
 * - `ownerPremium: false`: every Web API call gets `403 {"error":{"status":403,"message":
 *   "Upgrade to Spotify Premium required …"}}`, as development-mode apps whose owner has no
 *   Premium do since 2026-03-09;
 * - `refreshTokenExpired: true`: every `grant_type=refresh_token` request gets
 *   `400 {"error":"invalid_grant","error_description":"Refresh token expired"}`, as refresh
 *   tokens do six months after the user authorized since 2026-07-20. Code exchanges still work,
 *   so reauthorizing gives a working connection.
 *
 * @param options - The two knobs.
 * @example
 * ```ts
 * const handlers = createSpotifyPolicyHandlers({ ownerPremium: () => knobs.ownerPremium, refreshTokenExpired: () => knobs.refreshTokenExpired });
 * ```
 */
export function createSpotifyPolicyHandlers(options: SpotifyPolicyOptions): HttpHandler[] {
  const premium = http.all(`${SPOTIFY_API_BASE_URL}/*`, () => {
    if (options.ownerPremium()) return undefined;
    return Response.json(
      { error: { status: 403, message: SPOTIFY_OWNER_PREMIUM_MESSAGE } },
      { status: 403 },
    );
  });
  const refresh = http.post(SPOTIFY_TOKEN_URL, async ({ request }) => {
    if (!options.refreshTokenExpired()) return undefined;
    const form = new URLSearchParams(await request.clone().text());
    if (form.get('grant_type') !== 'refresh_token') return undefined;
    return Response.json(
      { error: 'invalid_grant', error_description: 'Refresh token expired' },
      { status: 400, headers: { 'Cache-Control': 'no-store' } },
    );
  });
  return [premium, refresh];
}
