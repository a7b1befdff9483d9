import {
  type BudgetDecision,
  createProviderApi,
  type FakeAuthorizationServer,
  type ProviderApiStats,
  type ProviderErrorAnswers,
  type RouteAnswerContext,
  SANDBOX_CLIENT,
  type WindowBudget,
} from '@fitlink/testing';
import type { HttpHandler } from 'msw';
import { POLAR_API_BASE_URL, POLAR_MAX_RANGE_DAYS, POLAR_ROUTES } from '../endpoints.js';
import type { PolarV3Exercise, PolarV3HashedExercise } from '../schemas/v3-exercise.js';
import {
  POLAR_V3_API_BASE_URL,
  POLAR_V3_ROUTES,
  POLAR_V3_WEBHOOK_ROUTES,
} from '../v3/endpoints.js';
import type { PolarSandboxData } from './fake.js';

/** Settings of {@link createPolarHandlers}. */
export interface PolarHandlersOptions {
  /** The authorization server whose access tokens the API accepts. */
  readonly auth: FakeAuthorizationServer;
  /** The data to serve (its v3 state is changed by registrations and commits). */
  readonly data: PolarSandboxData;
  /** The rate-limit budget (windows `short` and `long`), reported in `RateLimit-*` headers. */
  readonly budget: WindowBudget;
  /** Live counters to update. @defaultValue new counters */
  readonly stats?: ProviderApiStats;
  /** Check every answer against its route's schema. @defaultValue false */
  readonly validate?: boolean;
}

/** Polar's error bodies (v4 answers `{ "message": … }`). */
const POLAR_SANDBOX_ERRORS: ProviderErrorAnswers = {
  forbidden: ({ missing }) =>
    Response.json({ message: `Insufficient scope: ${missing.join(' ')}` }, { status: 403 }),
  rateLimited: () => Response.json({ message: 'Rate limit exceeded' }, { status: 429 }),
  notFound: () => Response.json({ message: 'Not found' }, { status: 404 }),
  badRequest: (message) => Response.json({ message }, { status: 400 }),
};

/**
 * Polar's `RateLimit-*` headers: `Usage` (spent), `Limit` and `Reset` (seconds), each
 * `"short, long"`.
 */
function polarRateLimitHeaders(decision: BudgetDecision): Record<string, string> {
  const [short, long] = decision.windows;
  if (short === undefined || long === undefined) return {};
  const reset = (resetAt: number) =>
    String(Math.max(1, Math.ceil((resetAt - decision.now) / 1000)));
  return {
    'RateLimit-Usage': `${short.used}, ${long.used}`,
    'RateLimit-Limit': `${short.limit}, ${long.limit}`,
    'RateLimit-Reset': `${reset(short.resetAt)}, ${reset(long.resetAt)}`,
  };
}

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a v4 range query as Polar checks it: `from` and `to` dates, `to` exclusive and after
 * `from`, at most `maxDays` apart, one day when `features` are asked for.
 */
function readRange(
  url: URL,
  maxDays: number,
): { from: string; to: string; features: string[] } | string {
  const from = url.searchParams.get('from') ?? '';
  const to = url.searchParams.get('to') ?? '';
  const features = url.searchParams.getAll('features');
  if (!DATE.test(from) || !DATE.test(to)) return 'from and to must be ISO 8601 dates';
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  if (!(days >= 1)) return 'Invalid date range: to must be after from';
  const allowed = features.length > 0 ? 1 : maxDays;
  if (days > allowed) {
    return features.length > 0
      ? 'Invalid date range: with features only one day can be requested'
      : `Invalid date range: at most ${maxDays} days`;
  }
  return { from, to, features };
}

/** Answers a range route: the records whose local date is in `[from, to)`, or 204 when none. */
function rangeAnswer<T>(
  records: readonly T[],
  dateOf: (record: T) => string,
  key: string,
  maxDays: number,
  transform: (record: T, features: readonly string[]) => T = (record) => record,
) {
  return ({ url }: RouteAnswerContext) => {
    const range = readRange(url, maxDays);
    if (typeof range === 'string') return POLAR_SANDBOX_ERRORS.badRequest(range);
    const items = records
      .filter((record) => dateOf(record) >= range.from && dateOf(record) < range.to)
      .map((record) => transform(record, range.features));
    return items.length === 0 ? new Response(null, { status: 204 }) : { [key]: items };
  };
}

/**
 * msw handlers of every route of {@link POLAR_ROUTES} (v4) and {@link POLAR_V3_ROUTES} (v3) on
 * Polar's real hosts, built with `@fitlink/testing`'s `createProviderApi`: bearer tokens checked
 * against `auth` and each route's scope, `RateLimit-*` headers and 429 when the budget is
 * spent, Polar's range rules (400 past a collection's longest range or for more than one day
 * with `features`, 204 when a range has no data, `zones` only when asked for), and v3's
 * registration (409 when already registered), transactions (201/204, commit deletes) and user
 * deletion.
 *
 * @param options - Authorization server, data, budget, counters and answer validation.
 * @example
 * ```ts
 * import { createFakeAuthorizationServer, createWindowBudget } from '@fitlink/testing';
 * import { createPolarFake, createPolarHandlers } from '@fitlink/polar/testing';
 *
 * const handlers = createPolarHandlers({
 *   auth: createFakeAuthorizationServer(),
 *   data: createPolarFake({ now: Date.parse('2026-11-20T12:00:00Z') }),
 *   budget: createWindowBudget({ windows: [{ name: 'short', limit: 3000, windowMs: 900_000 }, { name: 'long', limit: 100_000, windowMs: 86_400_000 }] }),
 * });
 * ```
 */
export function createPolarHandlers(options: PolarHandlersOptions): HttpHandler[] {
  const { auth, data } = options;
  const common = {
    auth,
    errors: POLAR_SANDBOX_ERRORS,
    budget: options.budget,
    rateLimitHeaders: polarRateLimitHeaders,
    validate: options.validate ?? false,
    ...(options.stats ? { stats: options.stats } : {}),
  };
  const v4 = createProviderApi({
    ...common,
    baseUrl: POLAR_API_BASE_URL,
    routes: POLAR_ROUTES,
    answers: {
      trainingSessions: rangeAnswer(
        data.trainingSessions,
        (session) => session.startTime.slice(0, 10),
        'trainingSessions',
        POLAR_MAX_RANGE_DAYS.trainingSessions,
        // `zones` only when asked for.
        ({ zones, ...base }, features) =>
          features.includes('zones') && zones ? { ...base, zones } : base,
      ),
      activity: rangeAnswer(
        data.activity,
        (day) => day.date,
        'activityDays',
        POLAR_MAX_RANGE_DAYS.activity,
      ),
      sleeps: rangeAnswer(
        data.sleeps,
        (night) => night.sleepDate,
        'nightSleeps',
        POLAR_MAX_RANGE_DAYS.sleeps,
      ),
      nightlyRecharge: rangeAnswer(
        data.nightlyRecharge,
        (result) => result.date,
        'nightlyRechargeResults',
        POLAR_MAX_RANGE_DAYS.nightlyRecharge,
      ),
      continuousSamples: rangeAnswer(
        data.continuousSamples,
        (day) => day.date,
        'continuousSamples',
        POLAR_MAX_RANGE_DAYS.continuousSamples,
      ),
      sports: () => ({ sports: data.sports }),
    },
  });
  const { v3 } = data;
  const visible = () => v3.exercises.filter((exercise) => !v3.committed.has(String(exercise.id)));
  // `/v3/exercises` answers in snake_case, transactions in kebab-case.
  const hashed = (exercise: PolarV3Exercise): PolarV3HashedExercise => ({
    id: String(exercise.id),
    upload_time: exercise['upload-time'],
    device: exercise.device,
    start_time: exercise['start-time'],
    start_time_utc_offset: exercise['start-time-utc-offset'],
    duration: exercise.duration,
    calories: exercise.calories,
    distance: exercise.distance,
    heart_rate: exercise['heart-rate'],
    sport: exercise.sport,
    detailed_sport_info: exercise['detailed-sport-info'],
    has_route: exercise['has-route'],
  });
  const isUser = (params: Readonly<Record<string, string>>) => params.userId === String(v3.userId);
  const v3Api = createProviderApi({
    ...common,
    baseUrl: POLAR_V3_API_BASE_URL,
    routes: POLAR_V3_ROUTES,
    answers: {
      registerUser: async ({ request }) => {
        const body = (await request.json().catch(() => ({}))) as Record<string, unknown>;
        const memberId = body['member-id'];
        if (typeof memberId !== 'string' || memberId === '') {
          return POLAR_SANDBOX_ERRORS.badRequest('member-id is required');
        }
        if (v3.memberId !== null) return new Response(null, { status: 409 });
        v3.memberId = memberId;
        return {
          'polar-user-id': v3.userId,
          'member-id': memberId,
          'registration-date': '2026-11-20T12:00:00.000Z',
          'first-name': 'Sandy',
          'last-name': 'Box',
        };
      },
      user: ({ params }) =>
        isUser(params) && v3.memberId !== null
          ? {
              'polar-user-id': v3.userId,
              'member-id': v3.memberId,
              'first-name': 'Sandy',
              'last-name': 'Box',
            }
          : undefined,
      deleteUser: ({ params, token }) => {
        if (!isUser(params)) return undefined;
        v3.memberId = null;
        if (token !== null) auth.revokeGrant(token.token);
        return new Response(null, { status: 204 });
      },
      exercises: () =>
        v3.memberId === null ? new Response(null, { status: 204 }) : visible().map(hashed),
      exercise: ({ params }) => {
        const exercise = v3.exercises.find((candidate) => candidate.id === params.exerciseId);
        return exercise && hashed(exercise);
      },
      createTransaction: ({ params }) => {
        if (!isUser(params)) return undefined;
        const pending = visible();
        if (v3.memberId === null || pending.length === 0)
          return new Response(null, { status: 204 });
        // An uncommitted transaction is offered again with the same exercises.
        v3.openTransaction ??= {
          id: v3.nextTransactionId++,
          exerciseIds: pending.map((exercise) => String(exercise.id)),
        };
        const location = {
          'transaction-id': v3.openTransaction.id,
          'resource-uri': `${POLAR_V3_API_BASE_URL}v3/users/${v3.userId}/exercise-transactions/${v3.openTransaction.id}`,
        };
        return Response.json(location, { status: 201 });
      },
      transaction: ({ params }) => {
        const open = v3.openTransaction;
        if (!isUser(params) || open === null || String(open.id) !== params.transactionId)
          return undefined;
        return {
          exercises: open.exerciseIds.map(
            (id) =>
              `${POLAR_V3_API_BASE_URL}v3/users/${v3.userId}/exercise-transactions/${open.id}/exercises/${id}`,
          ),
        };
      },
      transactionExercise: ({ params }) => {
        const open = v3.openTransaction;
        if (!isUser(params) || open === null || String(open.id) !== params.transactionId)
          return undefined;
        if (!open.exerciseIds.includes(params.exerciseId ?? '')) return undefined;
        const exercise = v3.exercises.find((candidate) => candidate.id === params.exerciseId);
        return exercise && { ...exercise, 'transaction-id': open.id };
      },
      commitTransaction: ({ params }) => {
        const open = v3.openTransaction;
        if (!isUser(params) || open === null || String(open.id) !== params.transactionId)
          return undefined;
        for (const id of open.exerciseIds) v3.committed.add(id);
        v3.openTransaction = null;
        return new Response(null, { status: 200 });
      },
    },
  });
  const webhooks = createProviderApi({
    ...common,
    baseUrl: POLAR_V3_API_BASE_URL,
    routes: POLAR_V3_WEBHOOK_ROUTES,
    // Webhook routes take the client's id and secret in HTTP Basic, not a user token.
    authenticate: (request) => {
      const expected = `${SANDBOX_CLIENT.clientId}:${SANDBOX_CLIENT.clientSecret ?? ''}`;
      const header = request.headers.get('authorization') ?? '';
      const given = header.startsWith('Basic ') ? atob(header.slice(6)) : '';
      return given === expected
        ? { token: 'basic', userId: null, clientId: SANDBOX_CLIENT.clientId, scope: [] }
        : null;
    },
    answers: {
      createWebhook: async ({ request }) => {
        if (v3.webhook !== null)
          return Response.json({ message: 'Webhook already exists' }, { status: 409 });
        const body = (await request.json().catch(() => ({}))) as {
          events?: unknown;
          url?: unknown;
        };
        if (!Array.isArray(body.events) || typeof body.url !== 'string') {
          return POLAR_SANDBOX_ERRORS.badRequest('events and url are required');
        }
        v3.webhook = {
          id: 'abdf33',
          events: body.events.map(String),
          url: body.url,
          active: true,
          signatureSecretKey: 'sandbox-webhook-secret',
        };
        const { signatureSecretKey, active: _, ...shown } = v3.webhook;
        return Response.json(
          { data: { ...shown, signature_secret_key: signatureSecretKey } },
          { status: 201 },
        );
      },
      webhooks: () => {
        if (v3.webhook === null) return { data: [] };
        const { signatureSecretKey: _, ...shown } = v3.webhook;
        return { data: [shown] };
      },
      updateWebhook: async ({ params, request }) => {
        if (v3.webhook === null || v3.webhook.id !== params.webhookId) return undefined;
        const body = (await request.json().catch(() => ({}))) as {
          events?: unknown;
          url?: unknown;
        };
        if (Array.isArray(body.events)) v3.webhook.events = body.events.map(String);
        if (typeof body.url === 'string') v3.webhook.url = body.url;
        const { signatureSecretKey: _, ...shown } = v3.webhook;
        return { data: [shown] };
      },
      deleteWebhook: ({ params }) => {
        if (v3.webhook === null || v3.webhook.id !== params.webhookId) return undefined;
        v3.webhook = null;
        return new Response(null, { status: 204 });
      },
      activateWebhook: () => {
        if (v3.webhook === null) return new Response(null, { status: 204 });
        v3.webhook.active = true;
        return new Response(null, { status: 200 });
      },
      deactivateWebhook: () => {
        if (v3.webhook === null) return new Response(null, { status: 204 });
        v3.webhook.active = false;
        return new Response(null, { status: 200 });
      },
    },
  });
  return [...v4.handlers, ...v3Api.handlers, ...webhooks.handlers];
}
