import {
  type BudgetDecision,
  createProviderApi,
  createSeededRandom,
  type FakeAuthorizationServer,
  inWindow,
  type ProviderApiStats,
  type ProviderErrorAnswers,
  SANDBOX_CLIENT,
  tokenPage,
  type WindowBudget,
} from '@fitlink/testing';
import type { HttpHandler } from 'msw';
import { OURA_API_BASE_URL, OURA_ROUTES } from '../endpoints.js';
import type { OuraPage } from '../schemas/page.js';
import type { OuraWebhookSubscription } from '../schemas/webhook.js';
import type { OuraSandboxData } from './fake.js';

/** Settings of {@link createOuraHandlers}. */
export interface OuraHandlersOptions {
  /** The authorization server whose access tokens the API accepts. */
  readonly auth: FakeAuthorizationServer;
  /** The data to serve. */
  readonly data: OuraSandboxData;
  /** The rate-limit budget (window `fiveMinutes`); a 429 carries `Retry-After` and `X-RateLimit-*`. */
  readonly budget: WindowBudget;
  /** Documents per page (Oura chooses its own; the sandbox's is small enough to page). @defaultValue 50 */
  readonly pageSize?: number;
  /** Heart rate readings per page. @defaultValue 1000 */
  readonly heartRatePageSize?: number;
  /** Server clock, epoch ms (webhook expiry). @defaultValue Date.now */
  readonly now?: () => number;
  /** Live counters to update (the plugin's `stats`). @defaultValue new counters */
  readonly stats?: ProviderApiStats;
  /** Check every answer against its route's schema. @defaultValue false */
  readonly validate?: boolean;
}

/** Oura's error bodies: FastAPI's `{"detail": …}`. */
const OURA_SANDBOX_ERRORS: ProviderErrorAnswers = {
  forbidden: () => Response.json({ detail: 'Forbidden' }, { status: 403 }),
  rateLimited: () => Response.json({ detail: 'Rate limit exceeded' }, { status: 429 }),
  notFound: () => Response.json({ detail: 'Document not found.' }, { status: 404 }),
  badRequest: (message) => Response.json({ detail: message }, { status: 400 }),
};

const unprocessable = (field: string, msg: string) =>
  Response.json(
    { detail: [{ type: 'value_error', loc: ['query', field], msg, input: null }] },
    { status: 422 },
  );

/** `Retry-After` and Oura's `X-RateLimit-*` on a 429 (newer API docs); nothing otherwise. */
function ouraRateLimitHeaders(decision: BudgetDecision): Record<string, string> {
  const window = decision.window;
  if (!decision.limited || window === undefined) return {};
  const seconds = Math.max(1, Math.ceil((window.resetAt - decision.now) / 1000));
  return {
    'Retry-After': String(seconds),
    'X-RateLimit-Limit': String(window.limit),
    'X-RateLimit-Window': String(window.windowMs / 1000),
    'X-RateLimit-Reset': String(Math.ceil(window.resetAt / 1000)),
    'X-RateLimit-Tier': 'application',
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const EXPIRY_MS = 90 * 86_400_000;

/**
 * msw handlers of every route of {@link OURA_ROUTES} on `api.ouraring.com`, built with
 * `@fitlink/testing`'s `createProviderApi`: bearer tokens and scopes checked, `start_date` /
 * `end_date` filters on the local `day` (both inclusive; 422 when the start is after the end),
 * `start_datetime` / `end_datetime` on heart rate, `next_token` paging, 404 for unknown ids, a
 * 429 with `Retry-After` when the budget is spent, and the webhook subscription routes on the
 * app's `x-client-id` / `x-client-secret` headers (subscriptions expire after 90 days).
 *
 * @param options - Authorization server, data, budget, page sizes, clock, counters, validation.
 * @example
 * ```ts
 * import { createFakeAuthorizationServer, createWindowBudget } from '@fitlink/testing';
 * import { createOuraFake, createOuraHandlers } from '@fitlink/oura/testing';
 *
 * const handlers = createOuraHandlers({
 *   auth: createFakeAuthorizationServer(),
 *   data: createOuraFake({ now: Date.parse('2026-11-20T12:00:00Z') }),
 *   budget: createWindowBudget({ windows: [{ name: 'fiveMinutes', limit: 5000, windowMs: 300_000 }] }),
 * });
 * ```
 */
export function createOuraHandlers(options: OuraHandlersOptions): HttpHandler[] {
  const { data } = options;
  const now = options.now ?? Date.now;
  const pageSize = options.pageSize ?? 50;
  const random = createSeededRandom(4242);

  const page = <T extends { day: string }>(
    documents: readonly T[],
    url: URL,
  ): OuraPage<T> | Response => {
    const start = url.searchParams.get('start_date');
    const end = url.searchParams.get('end_date');
    for (const [name, value] of [
      ['start_date', start],
      ['end_date', end],
    ] as const) {
      if (value !== null && !DAY.test(value.slice(0, 10)))
        return unprocessable(name, 'Input should be a valid date');
    }
    const first = start?.slice(0, 10);
    const last = end?.slice(0, 10);
    if (first !== undefined && last !== undefined && first > last) {
      return unprocessable('start_date', 'Start date must be before end date');
    }
    const matching = documents.filter(
      (document) =>
        (first === undefined || document.day >= first) &&
        (last === undefined || document.day <= last),
    );
    const slice = tokenPage(matching, url, {
      token: 'next_token',
      pageSize: 'x_sandbox_page_size',
      defaultSize: pageSize,
      maxSize: pageSize,
    });
    if (slice.error !== undefined) return OURA_SANDBOX_ERRORS.badRequest(slice.error);
    return { data: slice.items, next_token: slice.next ?? null };
  };
  const byId = <T extends { id?: string | null | undefined }>(
    documents: readonly T[],
    id: string | undefined,
  ) => documents.find((document) => document.id === id);

  // Webhook routes take the app's credentials, not a user token.
  const appAuthorized = (request: Request) =>
    request.headers.get('x-client-id') === SANDBOX_CLIENT.clientId &&
    request.headers.get('x-client-secret') === SANDBOX_CLIENT.clientSecret;
  const forbidden = () => Response.json({ detail: 'Forbidden' }, { status: 403 });
  const subscription = (id: string | undefined) =>
    data.webhookSubscriptions.find((item) => item.id === id);
  const notFound = () => Response.json({ detail: 'Subscription not found' }, { status: 404 });
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => random.integer(0, 15).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-b${hex.slice(17, 20)}-${hex.slice(20)}`;
  };

  return createProviderApi({
    baseUrl: OURA_API_BASE_URL,
    routes: OURA_ROUTES,
    auth: options.auth,
    errors: OURA_SANDBOX_ERRORS,
    budget: options.budget,
    rateLimitHeaders: ouraRateLimitHeaders,
    validate: options.validate ?? false,
    anonymous: [
      'webhookSubscriptions',
      'createWebhookSubscription',
      'webhookSubscription',
      'updateWebhookSubscription',
      'deleteWebhookSubscription',
      'renewWebhookSubscription',
    ],
    ...(options.stats ? { stats: options.stats } : {}),
    answers: {
      personalInfo: () => data.personalInfo,
      dailyActivities: ({ url }) => page(data.dailyActivities, url),
      dailyActivity: ({ params }) => byId(data.dailyActivities, params.documentId),
      dailySleeps: ({ url }) => page(data.dailySleeps, url),
      dailySleep: ({ params }) => byId(data.dailySleeps, params.documentId),
      dailyReadinesses: ({ url }) => page(data.dailyReadinesses, url),
      dailyReadiness: ({ params }) => byId(data.dailyReadinesses, params.documentId),
      dailySpo2s: ({ url }) => page(data.dailySpo2s, url),
      dailySpo2: ({ params }) => byId(data.dailySpo2s, params.documentId),
      dailyStresses: ({ url }) => page(data.dailyStresses, url),
      dailyStress: ({ params }) => byId(data.dailyStresses, params.documentId),
      dailyResiliences: ({ url }) => page(data.dailyResiliences, url),
      dailyResilience: ({ params }) => byId(data.dailyResiliences, params.documentId),
      dailyCardiovascularAges: ({ url }) => page(data.dailyCardiovascularAges, url),
      dailyCardiovascularAge: ({ params }) => byId(data.dailyCardiovascularAges, params.documentId),
      sleeps: ({ url }) => page(data.sleeps, url),
      sleep: ({ params }) => byId(data.sleeps, params.documentId),
      workouts: ({ url }) => page(data.workouts, url),
      workout: ({ params }) => byId(data.workouts, params.documentId),
      sessions: ({ url }) => page(data.sessions, url),
      session: ({ params }) => byId(data.sessions, params.documentId),
      tags: ({ url }) =>
        page(
          data.tags.map((tag) => ({ ...tag, day: tag.start_day })),
          url,
        ),
      tag: ({ params }) => byId(data.tags, params.documentId),
      heartRate: ({ url }) => {
        // Heart rate takes datetimes; Oura ignores `start_date` here and returns nothing.
        const since = url.searchParams.get('start_datetime');
        const until = url.searchParams.get('end_datetime');
        if (since === null && until === null) return { data: [], next_token: null };
        const range = {
          since: since === null ? undefined : Date.parse(since),
          until: until === null ? undefined : Date.parse(until),
        };
        if (Number.isNaN(range.since) || Number.isNaN(range.until)) {
          return unprocessable('start_datetime', 'Input should be a valid datetime');
        }
        const matching = inWindow(data.heartRate, (row) => ({ start: row.timestamp }), range);
        const slice = tokenPage(matching, url, {
          token: 'next_token',
          pageSize: 'x_sandbox_page_size',
          defaultSize: options.heartRatePageSize ?? 1000,
          maxSize: options.heartRatePageSize ?? 1000,
        });
        if (slice.error !== undefined) return OURA_SANDBOX_ERRORS.badRequest(slice.error);
        return { data: slice.items, next_token: slice.next ?? null };
      },
      ringConfigurations: ({ url }) =>
        page(
          data.rings.map((ring) => ({ ...ring, day: (ring.set_up_at ?? '').slice(0, 10) })),
          url,
        ),
      ringConfiguration: ({ params }) => byId(data.rings, params.documentId),
      webhookSubscriptions: ({ request }) =>
        appAuthorized(request) ? data.webhookSubscriptions : forbidden(),
      createWebhookSubscription: async ({ request }) => {
        if (!appAuthorized(request)) return forbidden();
        const body = (await request.json().catch(() => ({}))) as Record<string, unknown>;
        const missing = ['callback_url', 'verification_token', 'event_type', 'data_type'].filter(
          (field) => typeof body[field] !== 'string',
        );
        if (missing.length > 0) {
          return Response.json(
            {
              detail: missing.map((field) => ({
                type: 'missing',
                loc: ['body', field],
                msg: 'Field required',
              })),
            },
            { status: 422 },
          );
        }
        const created: OuraWebhookSubscription = {
          id: uuid(),
          callback_url: String(body.callback_url),
          event_type: body.event_type as OuraWebhookSubscription['event_type'],
          data_type: String(body.data_type),
          expiration_time: new Date(now() + EXPIRY_MS).toISOString(),
        };
        data.webhookSubscriptions.push(created);
        return Response.json(created, { status: 201 });
      },
      webhookSubscription: ({ request, params }) =>
        appAuthorized(request) ? (subscription(params.subscriptionId) ?? notFound()) : forbidden(),
      updateWebhookSubscription: async ({ request, params }) => {
        if (!appAuthorized(request)) return forbidden();
        const body = (await request.json().catch(() => ({}))) as Record<string, unknown>;
        if (typeof body.verification_token !== 'string') {
          return Response.json(
            {
              detail: [
                { type: 'missing', loc: ['body', 'verification_token'], msg: 'Field required' },
              ],
            },
            { status: 422 },
          );
        }
        const found = subscription(params.subscriptionId);
        if (!found) return notFound();
        if (typeof body.callback_url === 'string') found.callback_url = body.callback_url;
        if (typeof body.data_type === 'string') found.data_type = body.data_type;
        if (typeof body.event_type === 'string') {
          found.event_type = body.event_type as OuraWebhookSubscription['event_type'];
        }
        return found;
      },
      deleteWebhookSubscription: ({ request, params }) => {
        if (!appAuthorized(request)) return forbidden();
        const index = data.webhookSubscriptions.findIndex(
          (item) => item.id === params.subscriptionId,
        );
        if (index < 0) return notFound();
        data.webhookSubscriptions.splice(index, 1);
        return new Response(null, { status: 204 });
      },
      renewWebhookSubscription: ({ request, params }) => {
        if (!appAuthorized(request)) return forbidden();
        const found = subscription(params.subscriptionId);
        if (!found) return notFound();
        found.expiration_time = new Date(now() + EXPIRY_MS).toISOString();
        return found;
      },
    },
  }).handlers;
}
