import { type CallOptions, type HttpClient, routePath } from '@fitlink/core';
import { COROS_ROUTES } from '../endpoints.js';
import type { CorosUserInfo } from '../schemas/user.js';
import { corosRequest } from './request.js';

/** The connected COROS user. */
export interface CorosUserResource {
  /**
   * Whether the account is still bound to the app (`GET /coros/bindState`): `false` once the
   * user disconnected it in COROS.
   *
   * @example
   * ```ts
   * if (!(await client.user.isBound())) console.log('reconnect');
   * ```
   */
  isBound(options?: CallOptions): Promise<boolean>;
  /**
   * The user's basic profile (`GET /coros/userinfosim`).
   *
   * @example
   * ```ts
   * const info = await client.user.info();
   * ```
   */
  info(options?: CallOptions): Promise<CorosUserInfo>;
}

/** Creates the user resource over the client's HTTP client. */
export function createCorosUser(http: HttpClient): CorosUserResource {
  return {
    async isBound(options = {}) {
      const data = await corosRequest(
        http,
        {
          path: routePath(COROS_ROUTES.bindState),
          schema: COROS_ROUTES.bindState.response,
        },
        options,
      );
      return data?.bindState === 1;
    },
    async info(options = {}) {
      const data = await corosRequest(
        http,
        { path: routePath(COROS_ROUTES.userInfo), schema: COROS_ROUTES.userInfo.response },
        options,
      );
      return data ?? {};
    },
  };
}
