import {
  createProviderApi,
  type FakeAuthorizationServer,
  pageNumberPage,
  type RouteAnswer,
  type SandboxWorkout,
} from '@fitlink/testing';
import type { HttpHandler } from 'msw';
import {
  TRAININGPEAKS_API_BASE_URL,
  TRAININGPEAKS_CHANGED_MIN_DATE,
  TRAININGPEAKS_MAX_PAGE_SIZE,
  TRAININGPEAKS_ROUTES,
} from '../endpoints.js';
import type { TrainingPeaksWorkout } from '../schemas/workout.js';
import { trainingpeaksMessage as message, trainingpeaksSandboxErrors } from './errors.js';
import {
  toBasicTrainingPeaksWorkout,
  trainingpeaksMeanMaxes,
  trainingpeaksTimeInZones,
  trainingpeaksWorkoutDetails,
} from './fake.js';
import {
  createTrainingPeaksSandboxStats,
  type TrainingPeaksSandboxData,
  type TrainingPeaksSandboxKnobs,
  type TrainingPeaksSandboxStats,
} from './sandbox-state.js';
import { createTrainingPeaksWriteAnswers } from './write-answers.js';

/** Options of {@link createTrainingPeaksHandlers}. */
export interface TrainingPeaksHandlersOptions {
  /** The authorization server whose tokens the API accepts. */
  auth: FakeAuthorizationServer;
  /** The data to serve. */
  data: TrainingPeaksSandboxData;
  /** Behaviour switches, read on every request. */
  knobs: TrainingPeaksSandboxKnobs;
  /** Counters to update. @defaultValue fresh ones */
  stats?: TrainingPeaksSandboxStats;
  /** The API base URL. @defaultValue `TRAININGPEAKS_API_BASE_URL.sandbox` */
  baseUrl?: string;
  /** Check every answer against its route's schema (the sandbox's `validateAnswers`). @defaultValue false */
  validate?: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const USER_AGENT = /^[^\s/]+\/\S+/;
const ZONE_KEYS: Readonly<Record<string, 'HeartRate' | 'Power' | 'Speed'>> = {
  heartrate: 'HeartRate',
  power: 'Power',
  speed: 'Speed',
};
const CHANGED_PAGING = {
  page: 'page',
  pageSize: 'pageSize',
  defaultSize: 50,
  maxSize: TRAININGPEAKS_MAX_PAGE_SIZE,
  firstPage: 0,
};
const dayCount = (start: string, end: string) =>
  (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000 + 1;

/**
 * The msw handlers of the TrainingPeaks API, one per route of `TRAININGPEAKS_ROUTES`, on the
 * kit's `createProviderApi` (bearer token, the route's scope, TrainingPeaks' error bodies).
 * Every answer then checks the overload knob, the `User-Agent` TrainingPeaks requires and, on
 * premium endpoints, the premium knob; date ranges are capped at `maxRangeDays`.
 *
 * @example
 * ```ts
 * const data = createTrainingPeaksSandboxData({ now });
 * const handlers = createTrainingPeaksHandlers({ auth, data, knobs: defaultTrainingPeaksSandboxKnobs() });
 * ```
 */
export function createTrainingPeaksHandlers(options: TrainingPeaksHandlersOptions): HttpHandler[] {
  const { auth, data, knobs } = options;
  const stats = options.stats ?? createTrainingPeaksSandboxStats();
  const routes = TRAININGPEAKS_ROUTES;
  const view = (workout: TrainingPeaksWorkout) =>
    knobs.premium ? workout : toBasicTrainingPeaksWorkout(workout);
  const workoutOf = (id: string | undefined) =>
    data.workouts.find((workout) => String(workout.Id) === id);

  // TrainingPeaks restricts these to premium athletes: a basic one gets 403.
  const premiumOnly =
    (answer: RouteAnswer): RouteAnswer =>
    (context) =>
      knobs.premium ? answer(context) : message(403, 'This endpoint requires a premium athlete');
  const analysis = <T>(render: (id: string, workout: SandboxWorkout) => T): RouteAnswer =>
    premiumOnly(({ params }) => {
      const id = params.workoutId ?? '';
      if (!workoutOf(id)) return undefined;
      const source = data.sources.get(id);
      // A planned workout (or one without a file) has no analysis: 204.
      return source ? render(id, source) : new Response(null, { status: 204 });
    });
  // Local dates `[startDate, endDate]` (both inclusive), compared as `YYYY-MM-DD` strings.
  const onDays = <T>(
    items: readonly T[],
    dayOf: (item: T) => string | null | undefined,
    params: Readonly<Record<string, string>>,
  ): T[] | Response => {
    const { startDate: start = '', endDate: end = '' } = params;
    if (!DATE.test(start) || !DATE.test(end) || end < start) {
      return message(400, 'Dates must be yyyy-MM-dd, start before end');
    }
    if (dayCount(start, end) > knobs.maxRangeDays) {
      return message(400, `The date range cannot exceed ${knobs.maxRangeDays} days`);
    }
    return items.filter((item) => {
      const day = (dayOf(item) ?? '').slice(0, 10);
      return day >= start && day <= end;
    });
  };
  const answers: { -readonly [K in keyof typeof routes]: RouteAnswer } = {
    profile: () => ({ ...data.athlete, IsPremium: knobs.premium }),
    zones: () => data.zones,
    zonesByType: ({ params }) => {
      const zones = data.zones;
      if (Array.isArray(zones)) return zones;
      const key = ZONE_KEYS[params.zoneType ?? ''];
      if (!key) return message(400, 'zoneType must be heartrate, power or speed');
      return { [key]: zones[key] ?? [] };
    },
    workouts: ({ params }) => {
      const found = onDays(data.workouts, (workout) => workout.WorkoutDay, params);
      return found instanceof Response ? found : found.map(view);
    },
    workout: ({ params }) => {
      const workout = workoutOf(params.workoutId);
      return workout && view(workout);
    },
    workoutDetails: analysis(trainingpeaksWorkoutDetails),
    workoutMeanMaxes: analysis(trainingpeaksMeanMaxes),
    workoutTimeInZones: analysis(trainingpeaksTimeInZones),
    changed: ({ url }) => {
      const since = Date.parse(url.searchParams.get('date') ?? '');
      if (!(since >= Date.parse(TRAININGPEAKS_CHANGED_MIN_DATE))) {
        return message(400, 'Invalid date');
      }
      const modified = data.workouts
        .filter((workout) => Date.parse(workout.LastModifiedDate ?? '') >= since)
        .sort((a, b) => (a.LastModifiedDate ?? '').localeCompare(b.LastModifiedDate ?? ''));
      const deleted = [...data.deleted].filter(([, at]) => at >= since).map(([id]) => Number(id));
      // One `page` and `pageSize` cut both lists (so both are valid, or neither).
      const deletedPage = pageNumberPage(deleted, url, CHANGED_PAGING);
      const modifiedPage = pageNumberPage(modified, url, CHANGED_PAGING);
      if (deletedPage.error !== undefined || modifiedPage.error !== undefined) {
        return message(400, deletedPage.error ?? modifiedPage.error ?? '');
      }
      return { Deleted: deletedPage.items, Modified: modifiedPage.items.map(view) };
    },
    metrics: premiumOnly(({ params }) => onDays(data.metrics, (metric) => metric.DateTime, params)),
    ...createTrainingPeaksWriteAnswers({ data, stats, validate: options.validate ?? false }),
  };
  // Every route: the request logged, then TrainingPeaks' overload 503 and User-Agent check.
  for (const name of Object.keys(answers) as (keyof typeof routes)[]) {
    const answer = answers[name];
    answers[name] = (context) => {
      const { request, url } = context;
      stats.requestLog.push(`${request.method} ${url.pathname}${url.search}`);
      if (knobs.overloadedResponses > 0) {
        knobs.overloadedResponses -= 1;
        return new Response('Service Unavailable', {
          status: 503,
          headers: { 'Retry-After': String(knobs.retryAfterSeconds) },
        });
      }
      if (knobs.requireUserAgent && !USER_AGENT.test(request.headers.get('user-agent') ?? '')) {
        return message(400, 'A User-Agent of the form <application>/<version> is required');
      }
      return answer(context);
    };
  }
  // msw tries handlers in order and `v2/workouts/id/7` fits `v2/workouts/:startDate/:endDate`
  // too, so the single-workout route goes first.
  const { workout, ...others } = routes;
  return createProviderApi({
    baseUrl: options.baseUrl ?? TRAININGPEAKS_API_BASE_URL.sandbox,
    routes: { workout, ...others },
    answers,
    auth,
    stats,
    errors: trainingpeaksSandboxErrors,
    validate: options.validate ?? false,
  }).handlers;
}
