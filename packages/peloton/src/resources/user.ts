import type { CallOptions, HttpClient } from '@fitlink/core';
import { pickCallOptions, routePath } from '@fitlink/core';
import { PELOTON_ROUTES } from '../endpoints.js';
import type { PelotonUser } from '../schemas/user.js';

/** `client.user`: the signed-in member. */
export interface PelotonUserResource {
  /**
   * `GET /api/me`.
   *
   * @example
   * ```ts
   * const me = await client.user.me();
   * ```
   */
  me(options?: CallOptions): Promise<PelotonUser>;
  /** The member id every user-scoped path needs (from `/api/me`, fetched once per client). */
  id(options?: CallOptions): Promise<string>;
}

/** Creates `client.user`. */
export function createUserResource(http: HttpClient, knownId?: string): PelotonUserResource {
  let id: Promise<string> | undefined = knownId ? Promise.resolve(knownId) : undefined;
  const me = async (options?: CallOptions) => {
    const route = PELOTON_ROUTES.me;
    const { data } = await http.request({
      method: route.method,
      path: routePath(route),
      schema: route.response,
      ...pickCallOptions(options),
    });
    id ??= Promise.resolve(data.id);
    return data;
  };
  return {
    me,
    id(options) {
      // A failed lookup is forgotten, so the next call tries again.
      id ??= me(options).then(
        (user) => user.id,
        (error: unknown) => {
          id = undefined;
          throw error;
        },
      );
      return id;
    },
  };
}
