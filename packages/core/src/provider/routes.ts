import type * as zc from 'zod/v4/core';
import { ErrorCodes } from '../errors/codes.js';
import { FitlinkError } from '../errors/fitlink-error.js';

/** HTTP methods a route table names. */
export type RouteMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One API route of a provider, as its route table declares it. The same table is read by the
 * provider's resources (the path), its error mapping (the scope a 403 lacks) and its sandbox
 * (which answers the route and checks its answers against `response`).
 */
export interface RouteDefinition<
  TScope extends string = string,
  TResponse extends zc.$ZodType | null = zc.$ZodType | null,
> {
  /** HTTP method. */
  readonly method: RouteMethod;
  /**
   * Path relative to the provider's API base URL, without a leading slash, with `:name` for each
   * path parameter (`v2/cycle/:cycleId`).
   */
  readonly path: string;
  /** The scope (or every scope of a list) the route needs, or `null` when any token will do. */
  readonly scope: TScope | readonly TScope[] | null;
  /** Schema of a successful answer's JSON body, or `null` when it has none (204, a file). */
  readonly response: TResponse;
}

/** A provider's route table: route names to their definitions. */
export type RouteTable<TScope extends string = string> = Readonly<
  Record<string, RouteDefinition<TScope>>
>;

/**
 * The table {@link defineRoutes} returns: each route typed as a {@link RouteDefinition} that
 * keeps its response schema's type (so the generated docs describe routes by the interface).
 */
export type DefinedRoutes<
  TScope extends string,
  T extends Record<string, RouteDefinition<TScope>>,
> = { readonly [K in keyof T]: RouteDefinition<TScope, T[K]['response']> };

/** A route found by {@link matchRoute}, with its name and path parameters. */
export interface MatchedRoute<TScope extends string = string> {
  /** The route's name in its table. */
  readonly name: string;
  /** The route. */
  readonly route: RouteDefinition<TScope>;
  /** Path parameters by name, decoded. */
  readonly params: Readonly<Record<string, string>>;
}

/**
 * Declares a provider's route table, checking its shape at compile time and freezing it. Called
 * with the provider's scope type first, then with the table.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { defineRoutes } from '@fitlink/core';
 *
 * export const EXAMPLE_ROUTES = defineRoutes<'read'>()({
 *   workout: { method: 'GET', path: 'v1/workouts/:workoutId', scope: 'read', response: z.looseObject({ id: z.string() }) },
 * });
 * ```
 */
export function defineRoutes<TScope extends string = string>() {
  return <const T extends Record<string, RouteDefinition<TScope>>>(
    routes: T,
  ): DefinedRoutes<TScope, T> => {
    for (const [name, route] of Object.entries(routes)) {
      if (route.path.startsWith('/')) {
        throw new TypeError(`defineRoutes: route "${name}" must not start with "/"`);
      }
      Object.freeze(route);
    }
    return Object.freeze(routes);
  };
}

const PARAM = /^:([A-Za-z_][A-Za-z0-9_]*)$/;

/**
 * The path of a route with its parameters filled in (each URI-encoded), relative to the API base.
 *
 * @param route - The route.
 * @param params - A value for each `:name` of the path.
 * @throws {@link FitlinkError} with code `invalid_argument` when a parameter is missing or empty.
 * @example
 * ```ts
 * routePath(WHOOP_ROUTES.workout, { workoutId: 'ecfc6a15' }); // 'v2/activity/workout/ecfc6a15'
 * ```
 */
export function routePath(
  route: Pick<RouteDefinition, 'path'>,
  params: Readonly<Record<string, string | number | bigint>> = {},
): string {
  return route.path
    .split('/')
    .map((segment) => {
      const name = PARAM.exec(segment)?.[1];
      if (name === undefined) return segment;
      const value = params[name];
      if (value === undefined || String(value) === '') {
        throw new FitlinkError(`route ${route.path}: the path parameter "${name}" is missing`, {
          code: ErrorCodes.invalidArgument,
        });
      }
      return encodeURIComponent(String(value));
    })
    .join('/');
}

/** The scopes a route needs, as a list (empty when it needs none). */
export function routeScopes<TScope extends string>(
  route: Pick<RouteDefinition<TScope>, 'scope'>,
): readonly TScope[] {
  if (route.scope === null) return [];
  return typeof route.scope === 'string' ? [route.scope] : route.scope;
}

/**
 * Finds the route a request went to: the method must match, and the path (relative to the API
 * base, with or without a leading slash) must match segment by segment. Where several routes
 * match, the one with the most literal segments wins (`v2/cycle/:id/sleep` before
 * `v2/cycle/:id`).
 *
 * @param routes - The route table.
 * @param method - The request's method.
 * @param path - The request's path relative to the API base (a query string is ignored).
 * @example
 * ```ts
 * matchRoute(WHOOP_ROUTES, 'GET', 'v2/cycle/93845/recovery')?.route.scope; // 'read:recovery'
 * ```
 */
export function matchRoute<TScope extends string>(
  routes: RouteTable<TScope>,
  method: string,
  path: string,
): MatchedRoute<TScope> | undefined {
  const wanted = path
    .replace(/[?#].*$/, '')
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .split('/');
  let best: { match: MatchedRoute<TScope>; literals: number } | undefined;
  for (const [name, route] of Object.entries(routes)) {
    if (route.method !== method.toUpperCase()) continue;
    const segments = route.path.replace(/\/+$/, '').split('/');
    if (segments.length !== wanted.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    let matches = true;
    for (const [index, segment] of segments.entries()) {
      const actual = wanted[index] ?? '';
      const param = PARAM.exec(segment)?.[1];
      if (param !== undefined) {
        if (actual === '') {
          matches = false;
          break;
        }
        params[param] = safeDecode(actual);
      } else if (segment === actual) {
        literals += 1;
      } else {
        matches = false;
        break;
      }
    }
    if (matches && (best === undefined || literals > best.literals)) {
      best = { match: { name, route, params }, literals };
    }
  }
  return best?.match;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
