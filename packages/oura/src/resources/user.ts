import { type HttpClient, pickCallOptions, routePath } from '@fitlink/core';
import { OURA_ROUTES } from '../endpoints.js';
import type { OuraPersonalInfo } from '../schemas/personal-info.js';
import type { OuraCallOptions } from './list.js';

/** The user's personal info (`personal`, `email`). */
export interface OuraUserResource {
  /**
   * The personal info: id, age, sex, height, weight and (with `email`) the address.
   *
   * @throws {@link @fitlink/core!AuthError} when the connection is no longer valid.
   * @example
   * ```ts
   * const info = await client.user.getPersonalInfo();
   * ```
   */
  getPersonalInfo(options?: OuraCallOptions): Promise<OuraPersonalInfo>;
}

/** Builds the user resource. */
export function createUserResource(http: HttpClient): OuraUserResource {
  const { personalInfo } = OURA_ROUTES;
  return {
    async getPersonalInfo(options = {}) {
      const { data } = await http.request({
        method: personalInfo.method,
        path: routePath(personalInfo),
        schema: personalInfo.response,
        ...pickCallOptions(options),
      });
      return data;
    },
  };
}
