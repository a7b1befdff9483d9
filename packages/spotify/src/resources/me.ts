import type { CallOptions, HttpClient } from '@fitlink/core';
import { pickCallOptions, routePath } from '@fitlink/core';
import { SPOTIFY_ROUTES } from '../endpoints.js';
import type { SpotifyUser, spotifyUserSchema } from '../schemas/user.js';

/** `client.me`: the connected user. */
export interface SpotifyMeResource {
  /**
   * Reads the current user's profile (`GET /me`). Development-mode apps get no email,
   * country, product or followers since February 2026.
   *
   * @throws `ValidationError` when the answer does not match {@link spotifyUserSchema}.
   * @example
   * ```ts
   * const me = await client.me.get();
   * ```
   */
  get(options?: CallOptions): Promise<SpotifyUser>;
}

/** Builds `client.me`. */
export function createMeResource(http: HttpClient): SpotifyMeResource {
  return {
    async get(options) {
      const route = SPOTIFY_ROUTES.me;
      const { data } = await http.request({
        method: route.method,
        path: routePath(route),
        schema: route.response,
        ...pickCallOptions(options),
      });
      return data;
    },
  };
}
