import {
  createProviderApi,
  type FakeAuthorizationServer,
  type ProviderApiStats,
  type ProviderErrorAnswers,
} from '@fitlink/testing';
import { type HttpHandler, HttpResponse, http } from 'msw';
import { GARMIN_API_BASE_URL, GARMIN_ROUTES } from '../endpoints.js';
import { GARMIN_CALLBACK_PATHS, type GarminSummaryType } from '../summary-types.js';
import type { GarminFake } from './fake.js';

/** A backfill request the sandbox accepted: its data is pushed by the emitter later. */
export interface GarminBackfillRequest {
  /** The summary type. */
  readonly type: GarminSummaryType;
  /** The Garmin user. */
  readonly userId: string;
  /** Window start, epoch seconds. */
  readonly start: number;
  /** Window end, epoch seconds. */
  readonly end: number;
}

/** The Garmin sandbox's switches, writable at any time. */
export interface GarminSandboxKnobs {
  /** The permissions `GET user/permissions` answers (the user's consent). */
  permissions: string[];
  /**
   * Backfill windows (`type:start`) answered 409 duplicate; the sandbox adds every window it
   * accepts, so asking twice is a 409 as on Garmin.
   */
  readonly backfilled: Set<string>;
  /** The oldest start Garmin has for backfill, epoch seconds: older windows answer 400. */
  backfillMinimumStart: number | null;
  /** Accepted backfill requests, not yet pushed (the emitter drains them). */
  readonly pendingBackfill: GarminBackfillRequest[];
  /** Activity file URLs already downloaded (a second download answers 410). */
  readonly downloadedFiles: Set<string>;
  /** Whether the registration was deleted. */
  registrationDeleted: boolean;
  /** Every callback pull URL the sandbox served, exactly as requested (to check "verbatim"). */
  readonly callbackLog: string[];
}

/** Creates the sandbox knobs with every permission granted. */
export function createGarminSandboxKnobs(): GarminSandboxKnobs {
  return {
    permissions: ['ACTIVITY_EXPORT', 'HEALTH_EXPORT', 'HISTORICAL_DATA_EXPORT'],
    backfilled: new Set(),
    backfillMinimumStart: null,
    pendingBackfill: [],
    downloadedFiles: new Set(),
    registrationDeleted: false,
    callbackLog: [],
  };
}

/** Settings of {@link createGarminHandlers}. */
export interface GarminHandlersOptions {
  /** The authorization server whose tokens the API accepts. */
  readonly auth: FakeAuthorizationServer;
  /** The athlete's data. */
  readonly data: GarminFake;
  /** The switches. */
  readonly knobs: GarminSandboxKnobs;
  /** The counters. */
  readonly stats: ProviderApiStats;
  /** Check JSON answers against their schemas. @defaultValue false */
  readonly validate?: boolean;
  /** API base URL. @defaultValue {@link GARMIN_API_BASE_URL} */
  readonly baseUrl?: string;
}

const error = (status: number, errorMessage: string) =>
  HttpResponse.json({ errorMessage }, { status });

/** Garmin's error answers: `{"errorMessage": "…"}`. */
const errors: ProviderErrorAnswers = {
  forbidden: ({ missing }) => error(403, `User has not granted ${missing.join(', ')}`),
  rateLimited: () => error(429, 'Too many requests'),
  notFound: () => error(404, 'Not found'),
  badRequest: (message) => error(400, message),
};

/** The fake's summaries of one type, with the epoch second each was "uploaded" (its end). */
export function garminSummariesOf(data: GarminFake, type: GarminSummaryType): object[] {
  switch (type) {
    case 'activities':
      return data.activities;
    case 'activityDetails':
      return data.activityDetails;
    case 'sleeps':
      return data.sleeps;
    case 'dailies':
      return data.dailies;
    case 'hrv':
      return data.hrv;
    default:
      return [];
  }
}

const endOf = (summary: object): number => {
  const s = summary as { startTimeInSeconds?: number; durationInSeconds?: number | null };
  return (s.startTimeInSeconds ?? 0) + (s.durationInSeconds ?? 0);
};

/**
 * The Garmin API's msw handlers: user id, permissions and registration from the route table
 * (bearer tokens of the sandbox's authorization server), backfill answering 202 (409 for a
 * window asked before, 400 "before minimum start time" for one older than the knob), the
 * callback pulls of every summary type by upload window (24 h at most, seconds only), and
 * single-use activity files (410 on a second download).
 */
export function createGarminHandlers(options: GarminHandlersOptions): HttpHandler[] {
  const { auth, data, knobs, stats } = options;
  const baseUrl = options.baseUrl ?? GARMIN_API_BASE_URL;
  const api = createProviderApi({
    baseUrl,
    routes: GARMIN_ROUTES,
    auth,
    stats,
    errors,
    validate: options.validate ?? false,
    // Garmin's permissions are the user's consent, checked below, not OAuth scopes.
    authenticate: (request) => {
      const token = auth.authenticate(request);
      return token === null ? null : { ...token, scope: knobs.permissions };
    },
    answers: {
      userId: ({ token }) => ({ userId: token?.userId ?? data.userId }),
      permissions: () => ({ permissions: [...knobs.permissions] }),
      deleteRegistration: () => {
        knobs.registrationDeleted = true;
        return new Response(null, { status: 204 });
      },
      backfill: ({ url, params, token }) => {
        const entry = Object.entries(GARMIN_CALLBACK_PATHS).find(
          ([, path]) => path === params.type,
        );
        if (!entry) return error(400, `Unknown summary type ${params.type}`);
        const start = Number(url.searchParams.get('summaryStartTimeInSeconds'));
        const end = Number(url.searchParams.get('summaryEndTimeInSeconds'));
        if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start)
          return error(400, 'summaryStartTimeInSeconds and summaryEndTimeInSeconds are required');
        if (start > 9_999_999_999)
          return error(400, `timestamp '${start}' appears to be in milliseconds`);
        if (knobs.backfillMinimumStart !== null && end <= knobs.backfillMinimumStart)
          return error(
            400,
            `start ${start} is before minimum start time ${knobs.backfillMinimumStart}`,
          );
        const key = `${entry[0]}:${start}`;
        if (knobs.backfilled.has(key))
          return error(
            409,
            `[${crypto.randomUUID()}]duplicate backfill processed at ${new Date().toISOString()}`,
          );
        knobs.backfilled.add(key);
        knobs.pendingBackfill.push({
          type: entry[0] as GarminSummaryType,
          userId: token?.userId ?? data.userId,
          start,
          end,
        });
        return new Response(null, { status: 202 });
      },
    },
  });
  const root = baseUrl.replace(/\/+$/, '');
  const authorized = (request: Request) => auth.authenticate(request) !== null;
  return [
    ...api.handlers,
    http.get(`${root}/activityFile`, ({ request }) => {
      if (!authorized(request)) return auth.unauthorizedResponse();
      const url = new URL(request.url);
      if (knobs.downloadedFiles.has(url.href)) return error(410, 'File already downloaded');
      knobs.downloadedFiles.add(url.href);
      const id = url.searchParams.get('id') ?? '';
      // A FIT file starts with its 14-byte header ('.FIT' at offset 8).
      const bytes = new Uint8Array([
        14,
        0x20,
        0,
        0,
        0,
        0,
        0,
        0,
        0x2e,
        0x46,
        0x49,
        0x54,
        0,
        0,
        ...new TextEncoder().encode(id),
      ]);
      return new HttpResponse(bytes, { headers: { 'content-type': 'application/octet-stream' } });
    }),
    http.get(`${root}/:type`, ({ request, params }) => {
      const entry = Object.entries(GARMIN_CALLBACK_PATHS).find(([, path]) => path === params.type);
      if (!entry) return undefined;
      if (!authorized(request)) return auth.unauthorizedResponse();
      const url = new URL(request.url);
      const start = Number(url.searchParams.get('uploadStartTimeInSeconds'));
      const end = Number(url.searchParams.get('uploadEndTimeInSeconds'));
      if (!Number.isInteger(start) || !Number.isInteger(end))
        return error(400, 'uploadStartTimeInSeconds and uploadEndTimeInSeconds are required');
      if (start > 9_999_999_999)
        return error(400, `timestamp '${start}' appears to be in milliseconds`);
      if (end - start > 86_400) return error(400, 'The time range may not exceed 86400 seconds');
      knobs.callbackLog.push(request.url);
      const type = entry[0] as GarminSummaryType;
      const permission = [
        'activities',
        'activityDetails',
        'moveIQActivities',
        'manuallyUpdatedActivities',
      ].includes(type)
        ? 'ACTIVITY_EXPORT'
        : 'HEALTH_EXPORT';
      if (!knobs.permissions.includes(permission))
        return error(412, `User has withdrawn ${permission} for ${type}`);
      return HttpResponse.json(
        garminSummariesOf(data, type).filter((s) => endOf(s) >= start && endOf(s) < end),
      );
    }),
  ];
}
