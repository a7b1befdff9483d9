import type { CallOptions, HttpClient, Profile } from '@fitlink/core';
import { pickCallOptions } from '@fitlink/core';
import { SmashrunRoutes } from '../endpoints.js';
import { mapSmashrunProfile } from '../mapper/to-profile.js';
import { type SmashrunUserInfo, smashrunUserInfoSchema } from '../schemas/user-info.js';

/** The authorized user. */
export interface SmashrunUserResource {
  /**
   * The user's info (`GET /my/userinfo`).
   *
   * @example
   * ```ts
   * const me = await client.user.get();
   * console.log(me.firstName, me.unitDistance);
   * ```
   */
  get(options?: CallOptions): Promise<SmashrunUserInfo>;
  /** The user's info as a normalized profile. */
  profile(options?: CallOptions): Promise<Profile>;
}

/** Creates the user resource over a SmashRun HTTP client. */
export function createSmashrunUser(http: HttpClient): SmashrunUserResource {
  const get = async (options: CallOptions = {}) =>
    (
      await http.request({
        path: SmashrunRoutes.userInfo,
        schema: smashrunUserInfoSchema,
        ...pickCallOptions(options),
      })
    ).data;
  return {
    get,
    profile: async (options = {}) => mapSmashrunProfile(await get(options)),
  };
}
