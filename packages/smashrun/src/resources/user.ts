import type { CallOptions, HttpClient } from '@fitlink/core';
import { pickCallOptions, routePath } from '@fitlink/core';
import { SMASHRUN_ROUTES } from '../endpoints.js';
import type { SmashrunUserInfo } from '../schemas/user-info.js';

/** The authorized user. */
export interface SmashrunUserResource {
  /**
   * The user's info (`GET /my/userinfo`); `client.getProfile()` gives it normalized.
   *
   * @example
   * ```ts
   * const me = await client.user.get();
   * console.log(me.firstName, me.unitDistance);
   * ```
   */
  get(options?: CallOptions): Promise<SmashrunUserInfo>;
}

/** Creates the user resource over a SmashRun HTTP client. */
export function createSmashrunUser(http: HttpClient): SmashrunUserResource {
  return {
    async get(options = {}) {
      const route = SMASHRUN_ROUTES.userInfo;
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
