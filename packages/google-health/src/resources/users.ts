import { type CallOptions, type HttpClient, pickCallOptions, routePath } from '@fitlink/core';
import { GOOGLE_HEALTH_ROUTES } from '../endpoints.js';
import type { GoogleHealthIdentity, GoogleHealthProfile } from '../schemas/user.js';

/** The signed-in user: identity (with the legacy Fitbit id) and profile. */
export interface GoogleHealthUsersResource {
  /**
   * The user's identity: the Google Health user id and, for former Fitbit users, the legacy
   * Fitbit user id (`users.getIdentity`).
   *
   * @example
   * ```ts
   * const { healthUserId, legacyUserId } = await client.users.getIdentity();
   * ```
   */
  getIdentity(options?: CallOptions): Promise<GoogleHealthIdentity>;
  /**
   * The user's profile (`googlehealth.profile.readonly`).
   *
   * @throws {@link @fitlink/core!ProviderError} with code `forbidden` without the profile scope.
   * @example
   * ```ts
   * const profile = await client.users.getProfile();
   * ```
   */
  getProfile(options?: CallOptions): Promise<GoogleHealthProfile>;
}

/** Builds the users resource over a connection's HTTP client. */
export function createGoogleHealthUsers(http: HttpClient): GoogleHealthUsersResource {
  const { identity, profile } = GOOGLE_HEALTH_ROUTES;
  return {
    async getIdentity(options = {}) {
      const { data } = await http.request({
        method: identity.method,
        path: routePath(identity),
        schema: identity.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async getProfile(options = {}) {
      const { data } = await http.request({
        method: profile.method,
        path: routePath(profile),
        schema: profile.response,
        ...pickCallOptions(options),
      });
      return data;
    },
  };
}
