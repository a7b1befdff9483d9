import type { RouteDefinition, RouteMethod } from '@fitlink/core';
import { type HttpHandler, http } from 'msw';
import type { AuthenticatedToken } from '../auth/bearer-authentication.js';
import type { FakeAuthorizationServer } from '../auth/fake-authorization-server.js';
import { type AnswerCheck, checkAnswer } from './check-answer.js';
import type { BudgetDecision, BudgetWindowState, WindowBudget } from './window-budget.js';

/** What a route's answer function receives. */
export interface RouteAnswerContext {
  /** The request (its body still unread). */
  readonly request: Request;
  /** The parsed request URL. */
  readonly url: URL;
  /** Path parameters by name. */
  readonly params: Readonly<Record<string, string>>;
  /** The authenticated token; `null` on an anonymous route. */
  readonly token: AuthenticatedToken | null;
  /** The route's name in the table. */
  readonly name: string;
  /** The route. */
  readonly route: RouteDefinition;
}

/**
 * A route's answer: a `Response` as is, `undefined` for the provider's 404, a {@link JsonAnswer}
 * (a body with its own status and headers), or any other value, which is checked against the
 * route's `response` schema (when the sandbox validates answers) and sent as JSON with status 200.
 */
export type RouteAnswer = (context: RouteAnswerContext) => unknown;

/** A JSON answer with its own status and headers, still checked against the route's schema. */
export class JsonAnswer {
  /** The body, sent as JSON. */
  readonly body: unknown;
  /** Status and headers. */
  readonly init: ResponseInit;

  /**
   * @param body - The body, sent as JSON.
   * @param init - Status and headers (a 201 with `Location`, say).
   */
  constructor(body: unknown, init: ResponseInit) {
    this.body = body;
    this.init = init;
  }
}

/**
 * A JSON answer with a status other than 200 (a 201 Created, say), checked against the route's
 * `response` schema like a plain value.
 *
 * @param body - The body, sent as JSON.
 * @param init - Status and headers.
 * @example
 * ```ts
 * create: async ({ request }) => jsonAnswer({ id: 'new', ...(await request.json()) }, { status: 201 }),
 * ```
 */
export function jsonAnswer(body: unknown, init: ResponseInit): JsonAnswer {
  return new JsonAnswer(body, init);
}

/** The provider's error answers, given once for every route. */
export interface ProviderErrorAnswers {
  /**
   * A missing, expired or revoked token.
   * @defaultValue the authorization server's RFC 6750 401
   */
  readonly unauthorized?: (context: { request: Request }) => Response;
  /** A token without a scope the route needs. */
  readonly forbidden: (context: { missing: readonly string[]; name: string }) => Response;
  /** A spent rate-limit window (the budget's headers are added afterwards). */
  readonly rateLimited: (context: { window: BudgetWindowState | undefined }) => Response;
  /** An answer of `undefined`: no such record. */
  readonly notFound: (context: {
    name: string;
    params: Readonly<Record<string, string>>;
  }) => Response;
  /** Invalid request parameters (a paging preset's error, say). */
  readonly badRequest: (message: string) => Response;
}

/** Live counters of a provider API, for tests to assert on. */
export interface ProviderApiStats {
  /** API requests received (OAuth endpoints excluded). */
  requests: number;
  /** Requests per route name. */
  readonly byRoute: Record<string, number>;
  /** 401 answers. */
  unauthorized: number;
  /** 403 answers for a missing scope. */
  forbidden: number;
  /** 429 answers. */
  rateLimited: number;
  /** Answers that did not match their route's schema (see {@link ProviderApiOptions.validate}). */
  readonly invalidAnswers: AnswerCheck[];
  /** Every request received, in order (paging tests read it). */
  readonly calls: ProviderApiCall[];
}

/** One request a provider API received. */
export interface ProviderApiCall {
  /** The route's name in the table. */
  readonly route: string;
  /** HTTP method. */
  readonly method: string;
  /** The request URL. */
  readonly url: URL;
}

/** Settings of {@link createProviderApi}. */
export interface ProviderApiOptions<TRoutes extends Readonly<Record<string, RouteDefinition>>> {
  /** The API base URL the table's paths are relative to. */
  readonly baseUrl: string;
  /** The provider's route table (from its `endpoints.ts`). */
  readonly routes: TRoutes;
  /** An answer for every route of the table. */
  readonly answers: { readonly [K in keyof TRoutes]: RouteAnswer };
  /** The authorization server whose access tokens the API accepts. */
  readonly auth: FakeAuthorizationServer;
  /** The provider's error bodies. */
  readonly errors: ProviderErrorAnswers;
  /**
   * The rate-limit budget every authenticated request draws on.
   * @defaultValue none
   */
  readonly budget?: WindowBudget;
  /**
   * The provider's rate-limit headers, added to every answer (429s included).
   * @defaultValue none
   */
  readonly rateLimitHeaders?: (decision: BudgetDecision) => Record<string, string>;
  /**
   * Whether a token needs every scope of a route's list (`'all'`) or one of them (`'any'`).
   * @defaultValue 'all'
   */
  readonly scopeMatch?: 'all' | 'any';
  /**
   * Finds the token a request carries (a provider that also takes `?access_token=`, say).
   * @defaultValue the authorization server's `Authorization: Bearer` check
   */
  readonly authenticate?: (request: Request) => AuthenticatedToken | null;
  /**
   * Routes answered without a bearer token (and outside the budget).
   * @defaultValue none
   */
  readonly anonymous?: readonly (keyof TRoutes)[];
  /**
   * Checks every JSON answer against its route's `response` schema: a mismatch is recorded in
   * {@link ProviderApiStats.invalidAnswers} and answered 500, so a fake that drifts from the
   * schema fails the test that meets it.
   * @defaultValue false
   */
  readonly validate?: boolean;
  /**
   * Serializes a JSON answer (a provider that writes int64 ids as bare numbers, say).
   * @defaultValue `Response.json`
   */
  readonly json?: (value: unknown) => Response;
  /**
   * Live counters to update (pass one to share it with the plugin handle).
   * @defaultValue a new {@link ProviderApiStats}
   */
  readonly stats?: ProviderApiStats;
}

/** A provider API built from its route table. */
export interface ProviderApi {
  /** One msw handler per route, the most literal paths first. */
  readonly handlers: HttpHandler[];
  /** Live counters. */
  readonly stats: ProviderApiStats;
}

/** A fresh set of {@link ProviderApiStats} counters. */
export function createProviderApiStats(): ProviderApiStats {
  return {
    requests: 0,
    byRoute: {},
    unauthorized: 0,
    forbidden: 0,
    rateLimited: 0,
    invalidAnswers: [],
    calls: [],
  };
}

const METHODS: Readonly<Record<RouteMethod, typeof http.get>> = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
  DELETE: http.delete,
};

/**
 * Builds a provider's sandbox API from its route table: every route authenticates the bearer
 * token, draws on the rate-limit budget, checks the route's scope, answers, and carries the
 * provider's rate-limit headers; errors use the provider's bodies, given once.
 *
 * @param options - Base URL, route table, answers, authorization server, errors and budget.
 * @example
 * ```ts
 * import { createProviderApi } from '@fitlink/testing';
 *
 * const api = createProviderApi({
 *   baseUrl: WHOOP_API_BASE_URL,
 *   routes: WHOOP_ROUTES,
 *   auth,
 *   errors: whoopErrors,
 *   answers: { workout: ({ params }) => data.workouts.find((w) => w.id === params.workoutId), … },
 * });
 * ```
 */
export function createProviderApi<TRoutes extends Readonly<Record<string, RouteDefinition>>>(
  options: ProviderApiOptions<TRoutes>,
): ProviderApi {
  const { auth, errors, budget } = options;
  const stats = options.stats ?? createProviderApiStats();
  const base = options.baseUrl.replace(/\/+$/, '');
  const anonymous = new Set<PropertyKey>(options.anonymous ?? []);
  const json = options.json ?? ((value: unknown) => Response.json(value));
  const authenticate = options.authenticate ?? ((request: Request) => auth.authenticate(request));

  // msw answers with the first matching handler: routes with more literal segments go first, so
  // `v2/workouts/id/:id` is not taken by `v2/workouts/:start/:end` (table order otherwise).
  const ordered = Object.entries(options.routes).sort(
    ([, a], [, b]) => literalSegments(b.path) - literalSegments(a.path),
  );
  const handlers = ordered.map(([name, route]: [string, RouteDefinition]) =>
    METHODS[route.method](`${base}/${route.path}`, async ({ request, params }) => {
      stats.requests += 1;
      stats.byRoute[name] = (stats.byRoute[name] ?? 0) + 1;
      stats.calls.push({ route: name, method: route.method, url: new URL(request.url) });
      const isAnonymous = anonymous.has(name);
      const token = isAnonymous ? null : authenticate(request);
      if (!isAnonymous && token === null) {
        stats.unauthorized += 1;
        return errors.unauthorized?.({ request }) ?? auth.unauthorizedResponse();
      }
      const decision = isAnonymous
        ? undefined
        : budget?.take({ route: name, method: route.method });
      const headers = decision ? (options.rateLimitHeaders?.(decision) ?? {}) : {};
      const finish = (response: Response) => {
        for (const [header, value] of Object.entries(headers)) response.headers.set(header, value);
        return response;
      };
      if (decision?.limited) {
        stats.rateLimited += 1;
        return finish(errors.rateLimited({ window: decision.window }));
      }
      const missing = missingScopes(route, token, options.scopeMatch ?? 'all');
      if (missing.length > 0) {
        stats.forbidden += 1;
        return finish(errors.forbidden({ missing, name }));
      }
      const values = params as Record<string, string>;
      const context = { request, url: new URL(request.url), params: values, token, name, route };
      const answer = await options.answers[name as keyof TRoutes](context);
      if (answer instanceof Response) return finish(answer);
      if (answer === undefined) return finish(errors.notFound({ name, params: values }));
      const body = answer instanceof JsonAnswer ? answer.body : answer;
      if (options.validate && route.response !== null) {
        const check = checkAnswer(name, route.response, body);
        if (check !== undefined) {
          stats.invalidAnswers.push(check);
          return Response.json({ sandbox_error: check.message }, { status: 500 });
        }
      }
      const response = json(body);
      if (!(answer instanceof JsonAnswer)) return finish(response);
      const merged = new Headers(response.headers);
      for (const [header, value] of new Headers(answer.init.headers)) merged.set(header, value);
      return finish(new Response(response.body, { ...answer.init, headers: merged }));
    }),
  );
  return { handlers, stats };
}

function literalSegments(path: string): number {
  return path.split('/').filter((segment) => !segment.startsWith(':')).length;
}

function missingScopes(
  route: RouteDefinition,
  token: AuthenticatedToken | null,
  match: 'all' | 'any',
): string[] {
  if (token === null || route.scope === null) return [];
  const needed = typeof route.scope === 'string' ? [route.scope] : [...route.scope];
  const missing = needed.filter((scope) => !token.scope.includes(scope));
  if (match === 'any' && missing.length < needed.length) return [];
  return missing;
}
