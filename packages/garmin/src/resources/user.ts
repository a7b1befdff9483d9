import { type CallOptions, type HttpClient, pickCallOptions, routePath } from '@fitlink/core';
import { GARMIN_ROUTES } from '../endpoints.js';
import { GarminMissingPermissionError } from '../errors.js';
import type { GarminScope } from '../scopes.js';

/** The user endpoints: identity, permissions, registration. */
export interface GarminUserResource {
  /**
   * The stable Garmin user id (`GET user/id`): the connection's identity. Tokens change, the id
   * does not; notifications name users by it.
   */
  id(options?: CallOptions): Promise<string>;
  /**
   * The permissions the user granted (`GET user/permissions`), read once and cached by the
   * client; `refresh: true` reads them again (do it on a `userPermissionsChange` event).
   */
  permissions(options?: CallOptions & { refresh?: boolean }): Promise<readonly string[]>;
  /**
   * Checks that the user granted every permission named, reading them if not cached.
   *
   * @throws {@link GarminMissingPermissionError} naming the missing ones.
   */
  requirePermissions(needed: readonly GarminScope[], options?: CallOptions): Promise<void>;
  /**
   * Deletes the user's registration (`DELETE user/registration`, 204): call it when the user
   * deletes their account or disconnects in your app. Garmin then sends a deregistration.
   */
  deleteRegistration(options?: CallOptions): Promise<void>;
}

/** Creates the user resource over the client's HTTP client. */
export function createGarminUser(http: HttpClient): GarminUserResource {
  let cached: Promise<readonly string[]> | undefined;
  const read = async (options: CallOptions): Promise<readonly string[]> => {
    const { data } = await http.request({
      path: routePath(GARMIN_ROUTES.permissions),
      schema: GARMIN_ROUTES.permissions.response,
      ...pickCallOptions(options),
    });
    return Array.isArray(data) ? data : data.permissions;
  };
  const user: GarminUserResource = {
    async id(options = {}) {
      const { data } = await http.request({
        path: routePath(GARMIN_ROUTES.userId),
        schema: GARMIN_ROUTES.userId.response,
        ...pickCallOptions(options),
      });
      return data.userId;
    },
    permissions(options = {}) {
      if (cached === undefined || options.refresh === true) {
        const reading = read(options);
        cached = reading;
        // A failed read is not cached.
        reading.catch(() => {
          if (cached === reading) cached = undefined;
        });
      }
      return cached;
    },
    async requirePermissions(needed, options = {}) {
      const granted = new Set(await user.permissions(options));
      const missing = needed.filter((permission) => !granted.has(permission));
      if (missing.length > 0) throw new GarminMissingPermissionError(missing);
    },
    async deleteRegistration(options = {}) {
      await http.request({
        method: 'DELETE',
        path: routePath(GARMIN_ROUTES.deleteRegistration),
        responseType: 'none',
        ...pickCallOptions(options),
      });
      cached = undefined;
    },
  };
  return user;
}
