import { type RouteDefinition, routeScopes } from '@fitlink/core';
import type { FakeAuthorizationServer } from '@fitlink/testing';
import { type HttpHandler, http } from 'msw';
import { STRAVA_DEAUTHORIZE_URL, STRAVA_MAX_PAGE_SIZE, STRAVA_ROUTES } from '../endpoints.js';
import { STRAVA_STREAM_KEYS, type StravaStreamKey } from '../schemas/streams.js';
import { missingStravaScopes, type StravaScope } from '../scopes.js';
import type { StravaFake, StravaFakeActivity } from './fake.js';
import { stravaJsonResponse } from './json.js';
import { createRateLimitCounter, type StravaSandboxRateLimit } from './rate-limit-counter.js';
import { stravaRouteHandler } from './routes.js';
import { createSubscriptionHandlers, type StravaSandboxSubscriptions } from './subscriptions.js';

/** Settings of {@link createStravaHandlers}. */
export interface StravaHandlersOptions {
  /** The Strava-shaped authorization server whose tokens the API accepts. */
  auth: FakeAuthorizationServer;
  /** The seeded data. */
  fake: StravaFake;
  /** Clock of the rate-limit windows, epoch ms. @defaultValue Date.now */
  clock?: () => number;
  /** Synthetic activities added before the timeline. @defaultValue 0 */
  extraActivities?: number;
  /** The registered client, for the push-subscription endpoints. */
  client: {
    /** The application's Client ID the endpoints accept. */
    clientId: string;
    /** The application's Client Secret the endpoints accept. */
    clientSecret: string;
  };
}

/** Live counters of the Strava handlers. */
export interface StravaSandboxStats {
  /** API requests answered (OAuth excluded). */
  requests: number;
  /** `GET /athlete/activities` requests. */
  listRequests: number;
  /** 429 answers. */
  rateLimited: number;
  /** Accepted `POST /oauth/deauthorize`. */
  deauthorizations: number;
}

/** Switches of the Strava handlers, writable during a test. */
export interface StravaSandboxKnobs {
  /** Synthetic activities added before the timeline (for paging tests). */
  extraActivities: number;
  /** `GET /uploads/{id}` polls answered "still processing" before the activity is ready. */
  uploadPollsUntilReady: number;
}

/** The Strava handlers and what tests steer and inspect. */
export interface StravaHandlers {
  /** msw handlers of every endpoint the client calls, plus deauthorize and push subscriptions. */
  readonly handlers: HttpHandler[];
  /** Switches. */
  readonly knobs: StravaSandboxKnobs;
  /** Rate-limit budgets and usage, emitted as Strava's headers. */
  readonly rateLimit: StravaSandboxRateLimit;
  /** Counters. */
  readonly stats: StravaSandboxStats;
  /** The webhook subscription state. */
  readonly subscriptions: StravaSandboxSubscriptions;
  /** The authorization server. */
  readonly auth: FakeAuthorizationServer;
  /** The seeded data. */
  readonly fake: StravaFake;
  /** Every activity currently listed (timeline, synthetic and created), oldest first. */
  activities(): StravaFakeActivity[];
}

/** Strava's 401 for a missing, expired or revoked token. */
function authorizationError(field: string, code: string, resource = 'Athlete'): Response {
  return stravaJsonResponse(
    { message: 'Authorization Error', errors: [{ resource, field, code }] },
    { status: 401 },
  );
}

function notFound(resource: string): Response {
  return stravaJsonResponse(
    { message: 'Record Not Found', errors: [{ resource, field: 'id', code: 'invalid' }] },
    { status: 404 },
  );
}

/**
 * msw handlers for Strava's API on its real host, in its wire shape: the athlete, zones, stats,
 * activity list (`before`/`after`/`page`/`per_page` ≤ 200, ascending with `after`, empty past the
 * end), detail, laps, zones, streams, manual creation, multipart uploads with asynchronous
 * processing, deauthorization and push subscriptions. Every API answer carries
 * `X-RateLimit-*` and `X-ReadRateLimit-*` headers from a counter tests can set (`rateLimit`);
 * a spent budget answers 429 without `Retry-After`, as Strava does.
 *
 * @param options - The authorization server, data, clock and knobs.
 * @example
 * ```ts
 * const strava = createStravaHandlers({ auth, fake: createStravaFake(), client: { clientId, clientSecret } });
 * const server = setupServer(...strava.handlers, ...auth.handlers);
 * ```
 */
export function createStravaHandlers(options: StravaHandlersOptions): StravaHandlers {
  const { auth, fake } = options;
  const clock = options.clock ?? (() => Date.now());
  const knobs: StravaSandboxKnobs = {
    extraActivities: options.extraActivities ?? 0,
    uploadPollsUntilReady: 1,
  };
  const stats: StravaSandboxStats = {
    requests: 0,
    listRequests: 0,
    rateLimited: 0,
    deauthorizations: 0,
  };
  const rateLimit = createRateLimitCounter(clock);
  const created: StravaFakeActivity[] = [];
  const uploads = new Map<
    bigint,
    { externalId: string; polls: number; activity: StravaFakeActivity | null; error: string | null }
  >();
  let extra: { count: number; list: StravaFakeActivity[] } = { count: -1, list: [] };

  const activities = () => {
    if (extra.count !== knobs.extraActivities) {
      extra = {
        count: knobs.extraActivities,
        list: fake.extraActivities(knobs.extraActivities).reverse(),
      };
    }
    return [...extra.list, ...fake.activities, ...created];
  };
  const find = (id: string | undefined) =>
    activities().find((activity) => String(activity.id) === id);

  /**
   * Answers a route of `STRAVA_ROUTES` (its method, path and scope): authenticates, counts the
   * request against the budgets and adds the headers.
   */
  const api = (
    route: RouteDefinition<StravaScope>,
    handle: (context: {
      request: Request;
      params: Record<string, string>;
      url: URL;
    }) => Response | Promise<Response>,
  ): HttpHandler =>
    stravaRouteHandler(route, async ({ request, params }) => {
      stats.requests += 1;
      const upload = route === STRAVA_ROUTES.createUpload;
      const spent = rateLimit.count(!upload);
      const headers = rateLimit.headers();
      if (spent) {
        stats.rateLimited += 1;
        // Strava sends no Retry-After: clients must compute the wait from the windows.
        return stravaJsonResponse(
          {
            message: 'Rate Limit Exceeded',
            errors: [{ resource: 'Application', field: 'rate limit', code: 'exceeded' }],
          },
          { status: 429, headers },
        );
      }
      const principal = auth.authenticate(request);
      let response: Response;
      if (principal === null) response = authorizationError('access_token', 'invalid');
      else {
        const missing = missingStravaScopes(routeScopes(route), principal.scope);
        response = missing[0]
          ? authorizationError(`${missing[0]}_permission`, 'missing', 'AccessToken')
          : await handle({
              request,
              params: params as Record<string, string>,
              url: new URL(request.url),
            });
      }
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      return response;
    });

  const withActivity =
    (handle: (activity: StravaFakeActivity, url: URL) => Response) =>
    ({ params, url }: { params: Record<string, string>; url: URL }) => {
      const activity = find(params.activityId);
      return activity ? handle(activity, url) : notFound('Activity');
    };

  const handlers: HttpHandler[] = [
    api(STRAVA_ROUTES.athlete, () => stravaJsonResponse(fake.athlete)),
    api(STRAVA_ROUTES.athleteZones, () => stravaJsonResponse(fake.athleteZones)),
    api(STRAVA_ROUTES.athleteStats, ({ params }) =>
      params.athleteId === String(fake.athlete.id)
        ? stravaJsonResponse(fake.stats(activities()))
        : notFound('Athlete'),
    ),
    api(STRAVA_ROUTES.athleteActivities, ({ url }) => {
      stats.listRequests += 1;
      const query = url.searchParams;
      const page = Math.max(1, Number(query.get('page') ?? 1));
      // Strava caps per_page at 200 rather than failing.
      const perPage = Math.min(
        STRAVA_MAX_PAGE_SIZE,
        Math.max(1, Number(query.get('per_page') ?? 30)),
      );
      const after = query.has('after') ? Number(query.get('after')) * 1000 : null;
      const before = query.has('before') ? Number(query.get('before')) * 1000 : null;
      const selected = activities().filter(
        ({ workout }) =>
          (after === null || workout.startMs > after) &&
          (before === null || workout.startMs < before),
      );
      // Oldest first when `after` is given, newest first otherwise.
      selected.sort((a, b) =>
        after === null
          ? b.workout.startMs - a.workout.startMs
          : a.workout.startMs - b.workout.startMs,
      );
      const start = (page - 1) * perPage;
      return stravaJsonResponse(selected.slice(start, start + perPage).map(fake.summary));
    }),
    api(
      STRAVA_ROUTES.activity,
      withActivity((activity) => stravaJsonResponse(fake.detailed(activity))),
    ),
    api(
      STRAVA_ROUTES.activityLaps,
      withActivity((activity) => stravaJsonResponse(fake.laps(activity))),
    ),
    api(
      STRAVA_ROUTES.activityZones,
      withActivity((activity) => stravaJsonResponse(fake.zones(activity))),
    ),
    api(
      STRAVA_ROUTES.activityStreams,
      withActivity((activity, url) => {
        const keys = (url.searchParams.get('keys') ?? '')
          .split(',')
          .filter((key): key is StravaStreamKey =>
            (STRAVA_STREAM_KEYS as readonly string[]).includes(key),
          );
        return stravaJsonResponse(fake.streams(activity, keys));
      }),
    ),
    api(STRAVA_ROUTES.createActivity, async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      const name = form.get('name');
      const sportType = form.get('sport_type');
      const local = form.get('start_date_local');
      const elapsed = Number(form.get('elapsed_time'));
      if (!name || !sportType || !local || !(elapsed > 0)) {
        return stravaJsonResponse(
          {
            message: 'Bad Request',
            errors: [{ resource: 'Activity', field: 'name', code: 'missing' }],
          },
          { status: 400 },
        );
      }
      const template = fake.activities[0]?.workout;
      if (!template) return notFound('Activity');
      // The sandbox athlete's home zone: the local time is read there.
      const offset = template.utcOffsetMinutes;
      const startMs = Date.parse(`${local.replace(/Z$/, '')}Z`) - offset * 60_000;
      const distance = form.has('distance') ? Number(form.get('distance')) : null;
      const activity: StravaFakeActivity = {
        id: (fake.activities.at(-1)?.id ?? 0n) + 1_000_000n + BigInt(created.length),
        workout: {
          ...template,
          sport: 'strength',
          title: name,
          startMs,
          elapsedSeconds: elapsed,
          movingSeconds: elapsed,
          distanceMeters: distance,
          elevationGainMeters: null,
          averagePowerWatts: null,
          workKilojoules: null,
          averageCadence: null,
          startLatLng: null,
          indoor: true,
        },
      };
      created.push(activity);
      const body = {
        ...fake.detailed(activity),
        sport_type: sportType,
        type: sportType,
        manual: true,
        trainer: form.get('trainer') === '1',
        commute: form.get('commute') === '1',
        description: form.get('description'),
        has_heartrate: false,
        average_heartrate: undefined,
        max_heartrate: undefined,
        calories: 0,
        laps: [],
      };
      return stravaJsonResponse(body, { status: 201 });
    }),
    api(STRAVA_ROUTES.createUpload, async ({ request }) => {
      const form = await request.formData().catch(() => null);
      const file = form?.get('file');
      const dataType = form?.get('data_type');
      if (!form || !(file instanceof Blob) || typeof dataType !== 'string') {
        return stravaJsonResponse(
          {
            message: 'Bad Request',
            errors: [{ resource: 'Upload', field: 'file', code: 'missing' }],
          },
          { status: 400 },
        );
      }
      const id = 2n ** 55n + 7n * BigInt(uploads.size + 1);
      const externalId = String(
        form.get('external_id') ?? `upload-${uploads.size + 1}.${dataType}`,
      );
      const duplicate = [...uploads.values()].find((upload) => upload.externalId === externalId);
      const template = fake.activities.at(-1);
      const activity: StravaFakeActivity | null =
        duplicate || !template
          ? null
          : {
              id: template.id + 5_000_000n + BigInt(uploads.size),
              workout: {
                ...template.workout,
                title: String(form.get('name') ?? 'Uploaded activity'),
              },
            };
      const error = duplicate
        ? `${externalId} duplicate of activity ${duplicate.activity?.id ?? 0n}`
        : null;
      uploads.set(id, { externalId, polls: 0, activity, error });
      return stravaJsonResponse(
        {
          id,
          id_str: String(id),
          external_id: externalId,
          error: null,
          status: 'Your activity is still being processed.',
          activity_id: null,
        },
        { status: 201 },
      );
    }),
    api(STRAVA_ROUTES.upload, ({ params }) => {
      const id = BigInt(/^\d+$/.test(params.uploadId ?? '') ? (params.uploadId as string) : '0');
      const upload = uploads.get(id);
      if (!upload) return notFound('Upload');
      upload.polls += 1;
      const ready = upload.polls >= knobs.uploadPollsUntilReady;
      if (ready && upload.activity && !created.includes(upload.activity))
        created.push(upload.activity);
      const status = upload.error
        ? 'There was an error processing your activity.'
        : ready
          ? 'Your activity is ready.'
          : 'Your activity is still being processed.';
      return stravaJsonResponse({
        id,
        id_str: String(id),
        external_id: upload.externalId,
        error: ready ? upload.error : null,
        status,
        activity_id: ready && upload.activity ? upload.activity.id : null,
      });
    }),
    http.post(STRAVA_DEAUTHORIZE_URL, async ({ request }) => {
      const form = new URLSearchParams(await request.text().catch(() => ''));
      const token =
        form.get('access_token') ??
        /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
      const probe = new Request(request.url, {
        headers: { authorization: `Bearer ${token ?? ''}` },
      });
      if (!token || auth.authenticate(probe) === null)
        return authorizationError('access_token', 'invalid');
      auth.revokeGrant(token);
      stats.deauthorizations += 1;
      return stravaJsonResponse({ access_token: token });
    }),
  ];
  const subscriptions = createSubscriptionHandlers(options.client);
  return {
    handlers: [...handlers, ...subscriptions.handlers],
    knobs,
    rateLimit,
    stats,
    subscriptions: subscriptions.state,
    auth,
    fake,
    activities,
  };
}
