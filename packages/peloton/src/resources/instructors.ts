import type { CallOptions, HttpClient, PageCursor, Paginator } from '@fitlink/core';
import { pickCallOptions } from '@fitlink/core';
import { PelotonRoutes } from '../endpoints.js';
import {
  type PelotonInstructor,
  pelotonInstructorPageSchema,
  pelotonInstructorSchema,
} from '../schemas/instructor.js';
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
  return {
    list(options = {}) {
      const pageSize = options.pageSize ?? 100;
      return pelotonPageList({
        pageSize,
        signal: options.signal,
        maxPages: options.maxPages,
        fetch: async (page, signal) => {
          const { data } = await http.request({
            path: PelotonRoutes.instructors,
            query: { page, limit: pageSize },
            schema: pelotonInstructorPageSchema,
            anonymous: true,
            ...pickCallOptions({ ...options, ...(signal ? { signal } : {}) }),
          });
          return data;
        },
      });
    },
    async get(instructorId, options) {
      const { data } = await http.request({
        path: PelotonRoutes.instructor(instructorId),
        schema: pelotonInstructorSchema,
        anonymous: true,
        ...pickCallOptions(options),
      });
      return data;
    },
  };
}
