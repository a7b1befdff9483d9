import type { RouteDefinition } from '@fitlink/core';
import { type HttpHandler, type HttpResponseResolver, http } from 'msw';
import { STRAVA_API_BASE_URL } from '../endpoints.js';

const HANDLERS = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
  DELETE: http.delete,
} as const;

/**
 * An msw handler for a route of `STRAVA_ROUTES`: its method, and its path on the API base (msw
 * reads the same `:param` syntax).
 *
 * @param route - The route.
 * @param resolver - The answer.
 */
export function stravaRouteHandler(
  route: Pick<RouteDefinition, 'method' | 'path'>,
  resolver: HttpResponseResolver,
): HttpHandler {
  return HANDLERS[route.method](`${STRAVA_API_BASE_URL}/${route.path}`, resolver);
}
