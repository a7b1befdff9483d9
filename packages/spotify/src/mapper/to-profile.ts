import { createProfile, type Profile } from '@fitlink/core';
import type { SpotifyUser } from '../schemas/user.js';

/** Options of {@link mapSpotifyProfile}. */
export interface MapSpotifyProfileOptions {
  /** Keep the `/me` payload in the result's `raw`. @defaultValue false */
  includeRaw?: boolean;
}

/**
 * Maps `GET /me` to a normalized `Profile`: the Spotify user id, display name and (for
 * extended-quota apps with `user-read-email`) the unverified email. Spotify has no body data,
 * so sex, birth date, height, weight and units are `null`.
 *
 * @param user - The `/me` payload.
 * @param options - Whether to keep the payload (`includeRaw`).
 *
 * @example
 * ```ts
 * import { mapSpotifyProfile } from '@fitlink/spotify';
 * const profile = mapSpotifyProfile(await client.me.get());
 * ```
 */
export function mapSpotifyProfile(
  user: SpotifyUser,
  options: MapSpotifyProfileOptions = {},
): Profile {
  return createProfile({
    provider: 'spotify',
    externalId: user.id,
    // An empty display name or email is no value (the model keeps null, not '').
    name: user.display_name || null,
    // Spotify's email is unverified; fitlink passes it on as the provider gave it.
    email: user.email || null,
    ...(options.includeRaw ? { raw: user } : {}),
  });
}
