import type { CallOptions, HttpClient, PageCursor, Paginator } from '@fitlink/core';
import { pickCallOptions, routePath } from '@fitlink/core';
import { PELOTON_ROUTES } from '../endpoints.js';
import type { PelotonInstructor } from '../schemas/instructor.js';
import { pelotonPageList } from './page-list.js';

/** `client.instructors`: Peloton's instructors (public: sent without credentials). */
export interface PelotonInstructorsResource {
  /**
   * `GET /api/instructor`, every page.
   *
   * @example
   * ```ts
   * for await (const instructor of client.instructors.list()) console.log(instructor.name);
   * ```
   */
  list(
    options?: CallOptions & { pageSize?: number; maxPages?: number },
  ): Paginator<PelotonInstructor, PageCursor>;
  /**
   * `GET /api/instructor/{id}`.
   *
   * @example
   * ```ts
   * const instructor = await client.instructors.get('5a19bfe66e644a2fa3e6387a91ebc5ce');
   * ```
   */
  get(instructorId: string, options?: CallOptions): Promise<PelotonInstructor>;
}

/** Creates `client.instructors`. */
export function createInstructorsResource(http: HttpClient): PelotonInstructorsResource {
  const { instructors, instructor } = PELOTON_ROUTES;
  return {
    list(options = {}) {
      const pageSize = options.pageSize ?? 100;
      return pelotonPageList({
        pageSize,
        signal: options.signal,
        maxPages: options.maxPages,
        fetch: async (page, signal) => {
          const { data } = await http.request({
            method: instructors.method,
            path: routePath(instructors),
            query: { page, limit: pageSize },
            schema: instructors.response,
            // A public route (no scope in the table): sent without credentials.
            anonymous: instructors.scope === null,
            ...pickCallOptions({ ...options, ...(signal ? { signal } : {}) }),
          });
          return data;
        },
      });
    },
    async get(instructorId, options) {
      const { data } = await http.request({
        method: instructor.method,
        path: routePath(instructor, { id: instructorId }),
        schema: instructor.response,
        anonymous: instructor.scope === null,
        ...pickCallOptions(options),
      });
      return data;
    },
  };
}
