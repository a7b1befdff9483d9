import type { RouteDefinition } from '@fitlink/core';
import type { FakeAuthorizationServer } from '@fitlink/testing';
import { type HttpHandler, HttpResponse, http } from 'msw';
import { TRAININGPEAKS_HOSTS, TRAININGPEAKS_ROUTES } from '../endpoints.js';
import type { TrainingPeaksWorkout } from '../schemas/workout.js';
import {
  createTrainingPeaksFake,
  type TrainingPeaksFake,
  type TrainingPeaksFakeOptions,
  toBasicTrainingPeaksWorkout,
  trainingpeaksMeanMaxes,
  trainingpeaksTimeInZones,
  trainingpeaksWorkoutDetails,
} from './fake.js';

/** Behaviour switches of the TrainingPeaks sandbox, writable at any time. */
export interface TrainingPeaksSandboxKnobs {
  /** `false` makes the athlete basic: premium fields `null`, premium endpoints 403. @defaultValue true */
  premium: boolean;
  /** Answer 400 when `User-Agent` is not `<name>/<version>`, as TrainingPeaks requires. @defaultValue true */
  requireUserAgent: boolean;
  /** The next this-many API requests get 503 with `Retry-After` (TrainingPeaks' overload answer). @defaultValue 0 */
  overloadedResponses: number;
  /** `Retry-After` seconds sent with those 503s. @defaultValue 2 */
  retryAfterSeconds: number;
  /** Longest date range accepted, days. @defaultValue 45 */
  maxRangeDays: number;
}

/** What the TrainingPeaks sandbox serves and records; shared by both environments. */
export interface TrainingPeaksSandboxState {
  /** The rendered data. */
  readonly data: TrainingPeaksFake;
  /** Behaviour switches. */
  readonly knobs: TrainingPeaksSandboxKnobs;
  /** `METHOD path?query` of every API request that reached a handler, in order. */
  readonly requests: string[];
  /** Deleted workout ids and when, epoch ms. */
  readonly deleted: Map<string, number>;
  /** Webhook subscriptions by id. */
  readonly subscriptions: Map<string, Record<string, unknown>>;
  /** `Filename` and a digest of `Data` of every accepted upload. */
  readonly uploads: string[];
  /** Deletes a workout now; it leaves the date-range answers and joins the changed feed's `Deleted`. */
  deleteWorkout(id: string | number): boolean;
  /** The sandbox clock. */
  now(): number;
}

/** Options of {@link createTrainingPeaksSandboxState}. */
export interface TrainingPeaksSandboxStateOptions extends TrainingPeaksFakeOptions {
  /** Initial knob values. */
  knobs?: Partial<TrainingPeaksSandboxKnobs>;
}

/**
 * Creates the TrainingPeaks sandbox state: the seeded data and the knobs.
 *
 * @example
 * ```ts
 * const state = createTrainingPeaksSandboxState({ seed: 1, now: Date.parse('2026-11-22T12:00:00Z') });
 * state.knobs.premium = false;
 * ```
 */
export function createTrainingPeaksSandboxState(
  options: TrainingPeaksSandboxStateOptions = {},
): TrainingPeaksSandboxState {
  const data = createTrainingPeaksFake(options);
  const deleted = new Map<string, number>();
  const now = () => options.now ?? Date.now();
  return {
    data,
    knobs: {
      premium: true,
      requireUserAgent: true,
      overloadedResponses: 0,
      retryAfterSeconds: 2,
      maxRangeDays: 45,
      ...options.knobs,
    },
    requests: [],
    deleted,
    subscriptions: new Map(),
    uploads: [],
    deleteWorkout(id) {
      const index = data.workouts.findIndex((workout) => String(workout.Id) === String(id));
      if (index === -1) return false;
      data.workouts.splice(index, 1);
      deleted.set(String(id), now());
      return true;
    },
    now,
  };
}

/** Options of {@link createTrainingPeaksHandlers}. */
export interface TrainingPeaksHandlersOptions {
  /** The authorization server whose tokens the API accepts. */
  auth: FakeAuthorizationServer;
  /** The state to serve. */
  state: TrainingPeaksSandboxState;
  /** The API origin. @defaultValue 'https://api.sandbox.trainingpeaks.com' */
  apiBaseUrl?: string;
}

const message = (status: number, text: string) => HttpResponse.json({ Message: text }, { status });

const METHODS = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
  DELETE: http.delete,
} as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dayCount = (start: string, end: string) =>
  (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000 + 1;

/**
 * The msw handlers of the TrainingPeaks API the client calls: profile, zones, workouts by date
 * range, one workout, details, mean maxes, time in zones, the changed feed, file upload,
 * metrics and webhook subscriptions. Each checks the bearer token against `auth`, the
 * `User-Agent`, the 45-day range and the premium knob.
 *
 * @example
 * ```ts
 * const handlers = createTrainingPeaksHandlers({ auth, state });
 * ```
 */
export function createTrainingPeaksHandlers(options: TrainingPeaksHandlersOptions): HttpHandler[] {
  const { auth, state } = options;
  const base = options.apiBaseUrl ?? TRAININGPEAKS_HOSTS.sandbox.api;
  const { knobs } = state;
  const view = (workout: TrainingPeaksWorkout) =>
    knobs.premium ? workout : toBasicTrainingPeaksWorkout(workout);

  type Resolver = (
    request: Request,
    params: Record<string, string>,
  ) => Response | Promise<Response>;
  const guard =
    (resolve: Resolver, premiumOnly = false) =>
    ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
      const url = new URL(request.url);
      state.requests.push(`${request.method} ${url.pathname}${url.search}`);
      if (knobs.overloadedResponses > 0) {
        knobs.overloadedResponses -= 1;
        return new HttpResponse('Service Unavailable', {
          status: 503,
          headers: { 'Retry-After': String(knobs.retryAfterSeconds) },
        });
      }
      if (
        knobs.requireUserAgent &&
        !/^[^\s/]+\/\S+/.test(request.headers.get('user-agent') ?? '')
      ) {
        return message(400, 'A User-Agent of the form <application>/<version> is required');
      }
      if (auth.authenticate(request) === null) return auth.unauthorizedResponse();
      if (premiumOnly && !knobs.premium) {
        return message(403, 'This endpoint requires a premium athlete');
      }
      return resolve(request, params as Record<string, string>);
    };
  // Each handler answers a route of the client's table, at the path the client builds from it.
  const on = (route: RouteDefinition, answer: ReturnType<typeof guard>) =>
    METHODS[route.method](`${base}/${route.path}`, answer);
  const routes = TRAININGPEAKS_ROUTES;
  const sourceOf = (id: string) => state.data.sources.get(id);
  const workoutOf = (id: string) =>
    state.data.workouts.find((workout) => String(workout.Id) === id);

  const analysis = (render: typeof trainingpeaksWorkoutDetails | typeof trainingpeaksMeanMaxes) =>
    guard((_request, { workoutId: id = '' }) => {
      if (!workoutOf(id)) return message(404, 'Workout not found');
      const source = sourceOf(id);
      if (!source) return new HttpResponse(null, { status: 204 });
      return HttpResponse.json(render(id, source));
    }, true);

  return [
    on(
      routes.profile,
      guard(() => HttpResponse.json({ ...state.data.athlete, IsPremium: knobs.premium })),
    ),
    on(
      routes.zones,
      guard(() => HttpResponse.json(state.data.zones)),
    ),
    on(
      routes.zonesByType,
      guard((_request, { zoneType: type = '' }) => {
        const zones = state.data.zones;
        if (Array.isArray(zones)) return HttpResponse.json(zones);
        const key = { heartrate: 'HeartRate', power: 'Power', speed: 'Speed' }[type];
        if (!key) return message(400, 'zoneType must be heartrate, power or speed');
        return HttpResponse.json({ [key]: zones[key as 'Power'] ?? [] });
      }),
    ),
    on(
      routes.changed,
      guard((request) => {
        const url = new URL(request.url);
        const date = Date.parse(url.searchParams.get('date') ?? '');
        const pageSize = Number(url.searchParams.get('pageSize') ?? 50);
        const page = Number(url.searchParams.get('page') ?? 0);
        if (!(date >= Date.parse('2000-01-01T00:00:00Z'))) return message(400, 'Invalid date');
        if (!(pageSize >= 1 && pageSize <= 100)) return message(400, 'pageSize must be 1 to 100');
        const modified = state.data.workouts
          .filter((workout) => Date.parse(workout.LastModifiedDate ?? '') >= date)
          .sort((a, b) => (a.LastModifiedDate ?? '').localeCompare(b.LastModifiedDate ?? ''));
        const deleted = [...state.deleted].filter(([, at]) => at >= date).map(([id]) => Number(id));
        const slice = <T>(items: T[]) => items.slice(page * pageSize, (page + 1) * pageSize);
        return HttpResponse.json({ Deleted: slice(deleted), Modified: slice(modified).map(view) });
      }),
    ),
    on(routes.workoutDetails, analysis(trainingpeaksWorkoutDetails)),
    on(routes.workoutMeanMaxes, analysis(trainingpeaksMeanMaxes)),
    on(routes.workoutTimeInZones, analysis(trainingpeaksTimeInZones)),
    // Before `workouts`: `v2/workouts/id/7` fits `v2/workouts/:startDate/:endDate` too.
    on(
      routes.workout,
      guard((_request, { workoutId: id = '' }) => {
        const workout = workoutOf(id);
        return workout ? HttpResponse.json(view(workout)) : message(404, 'Workout not found');
      }),
    ),
    on(
      routes.workouts,
      guard((_request, { startDate: start = '', endDate: end = '' }) => {
        if (!DATE.test(start) || !DATE.test(end) || end < start) {
          return message(400, 'Dates must be yyyy-MM-dd, start before end');
        }
        if (dayCount(start, end) > knobs.maxRangeDays) {
          return message(400, `The date range cannot exceed ${knobs.maxRangeDays} days`);
        }
        const day = (workout: TrainingPeaksWorkout) => (workout.WorkoutDay ?? '').slice(0, 10);
        return HttpResponse.json(
          state.data.workouts.filter((w) => day(w) >= start && day(w) <= end).map(view),
        );
      }),
    ),
    on(
      routes.metrics,
      guard((_request, { startDate: start = '', endDate: end = '' }) => {
        if (!DATE.test(start) || !DATE.test(end) || end < start) {
          return message(400, 'Dates must be yyyy-MM-dd, start before end');
        }
        if (dayCount(start, end) > knobs.maxRangeDays) {
          return message(400, `The date range cannot exceed ${knobs.maxRangeDays} days`);
        }
        const day = (value: string | null | undefined) => (value ?? '').slice(0, 10);
        return HttpResponse.json(
          state.data.metrics.filter((m) => day(m.DateTime) >= start && day(m.DateTime) <= end),
        );
      }, true),
    ),
    on(
      routes.uploadFile,
      guard(async (request) => {
        const body = (await request.json().catch(() => null)) as Record<string, unknown> | null;
        const filename = typeof body?.Filename === 'string' ? body.Filename : '';
        const data = typeof body?.Data === 'string' ? body.Data : '';
        if (!filename || !data || typeof body?.UploadClient !== 'string') {
          return message(400, 'UploadClient, Filename and Data are required');
        }
        if (!/\.(fit|tcx|pwx)(\.gz)?$/i.test(filename)) {
          return message(415, 'Supported file types are .FIT, .TCX and .PWX');
        }
        const key = `${filename}:${data.length}:${data.slice(0, 32)}`;
        if (state.uploads.includes(key)) {
          return message(422, "The file has already been uploaded to the athlete's account");
        }
        state.uploads.push(key);
        return new HttpResponse(null, { status: 202 });
      }),
    ),
    on(
      routes.webhookSubscriptions,
      guard(() => HttpResponse.json([...state.subscriptions.values()])),
    ),
    on(
      routes.createWebhookSubscription,
      guard(async (request) => {
        const body = (await request.json().catch(() => null)) as Record<string, unknown> | null;
        const type = body?.EventType;
        if (
          !body ||
          !['workout-created', 'workout-updated', 'workout-deleted'].includes(String(type))
        ) {
          return message(
            400,
            'EventType must be workout-created, workout-updated or workout-deleted',
          );
        }
        const id = `0d76e887-0000-4000-8000-${String(state.subscriptions.size + 1).padStart(12, '0')}`;
        const subscription = {
          Id: id,
          AthleteId: body.AthleteId,
          EventType: type,
          WebhookUrl: body.WebhookUrl,
          Active: true,
          CreatedBy: body.AthleteId,
          CreatedOn: new Date(state.now()).toISOString(),
        };
        state.subscriptions.set(id, subscription);
        return HttpResponse.json(subscription, { status: 201 });
      }),
    ),
    on(
      routes.updateWebhookSubscription,
      guard(async (request, { subscriptionId: id = '' }) => {
        const current = state.subscriptions.get(id);
        if (!current) return message(404, 'Subscription not found');
        const body = (await request.json().catch(() => ({}))) as Record<string, unknown>;
        const next = {
          ...current,
          EventType: body.EventType,
          WebhookUrl: body.WebhookUrl,
          Active: body.Active,
        };
        state.subscriptions.set(id, next);
        return HttpResponse.json(next);
      }),
    ),
    on(
      routes.deleteWebhookSubscription,
      guard((_request, { subscriptionId: id = '' }) =>
        state.subscriptions.delete(id)
          ? new HttpResponse(null, { status: 200 })
          : message(404, 'Subscription not found'),
      ),
    ),
  ];
}
