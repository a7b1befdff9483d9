import type { HttpClient } from '@fitlink/core';
import { pickCallOptions, routePath } from '@fitlink/core';
import { WHOOP_ROUTES } from '../endpoints.js';
import type { WhoopBodyMeasurement, WhoopProfile } from '../schemas/user.js';
import type { WhoopCallOptions } from './list.js';

/** The connected WHOOP user: profile, body measurements, and revoking the app's access. */
export interface WhoopUserResource {
  /**
   * The basic profile (`read:profile`).
   *
   * @throws {@link @fitlink/core!AuthError} when the connection is no longer valid.
   * @example
   * ```ts
   * const { first_name, user_id } = await client.user.getProfile();
   * ```
   */
  getProfile(options?: WhoopCallOptions): Promise<WhoopProfile>;
  /**
   * Height, weight and max heart rate (`read:body_measurement`).
   *
   * @throws {@link @fitlink/core!AuthError} when the connection is no longer valid.
   * @example
   * ```ts
   * const { height_meter, weight_kilogram } = await client.user.getBodyMeasurement();
   * ```
   */
  getBodyMeasurement(options?: WhoopCallOptions): Promise<WhoopBodyMeasurement>;
  /**
   * Revokes the app's access for this user (`DELETE /v2/user/access`); webhooks stop too.
   * Delete the stored tokens afterwards.
   *
   * @throws {@link @fitlink/core!AuthError} when the connection is already invalid.
   * @example
   * ```ts
   * await client.user.revokeAccess();
   * ```
   */
  revokeAccess(options?: WhoopCallOptions): Promise<void>;
}

/** Builds the user resource over a connection's HTTP client. */
export function createUserResource(http: HttpClient): WhoopUserResource {
  const { profile, bodyMeasurement, access } = WHOOP_ROUTES;
  return {
    async getProfile(options = {}) {
      const { data } = await http.request({
        method: profile.method,
        path: routePath(profile),
        schema: profile.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async getBodyMeasurement(options = {}) {
      const { data } = await http.request({
        method: bodyMeasurement.method,
        path: routePath(bodyMeasurement),
        schema: bodyMeasurement.response,
        ...pickCallOptions(options),
      });
      return data;
    },
    async revokeAccess(options = {}) {
      await http.request({
        method: access.method,
        path: routePath(access),
        responseType: 'none',
        ...pickCallOptions(options),
      });
    },
  };
}
