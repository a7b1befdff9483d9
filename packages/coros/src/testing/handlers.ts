import {
  createProviderApi,
  type FakeAuthorizationServer,
  type ProviderApiStats,
  type ProviderErrorAnswers,
  SANDBOX_CLIENT,
} from '@fitlink/testing';
import { type HttpHandler, http } from 'msw';
import { COROS_API_BASE_URL, COROS_MAX_RANGE_DAYS, COROS_ROUTES } from '../endpoints.js';
import type { CorosActivity } from '../schemas/activity.js';
import type { CorosUploadStatus } from '../schemas/upload.js';
import { type CorosSandboxData, corosLocalDay } from './fake.js';
import { stringifyCorosJson } from './wire-json.js';

/** Counters of the COROS sandbox beyond the API's. */
export interface CorosSandboxStats extends ProviderApiStats {
  /** Refresh requests answered `0000` (each extends the same token). */
  refreshes: number;
  /** Deauthorizations received. */
  deauthorizations: number;
}

/** Switches tests write on the COROS sandbox. */
export interface CorosSandboxKnobs {
  /** The result code the refresh endpoint answers. @defaultValue '0000' */
  refreshResult: string;
  /** A result code every API route answers instead of its data (`'30009'`, `'5016'` …); `null` for none. */
  apiResult: string | null;
}

/** Settings of {@link createCorosHandlers}. */
export interface CorosHandlersOptions {
  /** The authorization server whose access tokens the API accepts. */
  readonly auth: FakeAuthorizationServer;
  /** The data to serve. */
  readonly data: CorosSandboxData;
  /** The switches. */
  readonly knobs: CorosSandboxKnobs;
  /** Live counters (the plugin's `stats`). */
  readonly stats: CorosSandboxStats;
  /** Check every answer against its route's schema. @defaultValue false */
  readonly validate?: boolean;
}

const envelope = (result: string, message: string) => Response.json({ result, message });
const ok = <T>(data: T) => ({ result: '0000', message: 'OK', data });

// COROS answers HTTP 200 with a result code for its own errors.
const COROS_SANDBOX_ERRORS: ProviderErrorAnswers = {
  unauthorized: () => envelope('5006', 'access token is invalid'),
  forbidden: () => envelope('30009', 'permission not enabled'),
  rateLimited: () =>
    Response.json({ result: '429', message: 'too many requests' }, { status: 429 }),
  notFound: () => envelope('1004', 'not found'),
  badRequest: (message) => envelope('1001', message),
};

/** Reads `YYYYMMDD` and checks the 30-day limit; a message for a bad range. */
function dayRange(url: URL): { from: string; to: string } | string {
  const from = url.searchParams.get('startDate') ?? '';
  const to = url.searchParams.get('endDate') ?? '';
  if (!/^\d{8}$/.test(from) || !/^\d{8}$/.test(to)) return 'startDate and endDate must be YYYYMMDD';
  const parse = (text: string) =>
    Date.UTC(Number(text.slice(0, 4)), Number(text.slice(4, 6)) - 1, Number(text.slice(6, 8)));
  const days = (parse(to) - parse(from)) / 86_400_000 + 1;
  if (days < 1 || days > COROS_MAX_RANGE_DAYS) return `the range must be 1 to 30 days, not ${days}`;
  return { from, to };
}

/**
 * msw handlers of COROS' partner API on `open.coros.com`: every route of `COROS_ROUTES`
 * (authenticated by the `token` and `openId` query parameters, COROS' `{result, message, data}`
 * envelopes, 64-bit ids as bare JSON numbers), plus the refresh (which extends the same token)
 * and deauthorization endpoints.
 *
 * @param options - Authorization server, data, knobs and counters.
 * @example
 * ```ts
 * const handlers = createCorosHandlers({ auth, data: createCorosFake(), knobs, stats });
 * ```
 */
export function createCorosHandlers(options: CorosHandlersOptions): HttpHandler[] {
  const { auth, data, knobs, stats } = options;
  const uploads = new Map<string, { status: CorosUploadStatus; polls: number; file: string }>();
  let nextUpload = 900_000_000_000_000_001n;
  const withKnob = (answer: () => unknown) => () =>
    knobs.apiResult === null ? answer() : envelope(knobs.apiResult, 'sandbox knob');
  const inRange = (activity: CorosActivity, range: { from: string; to: string }) => {
    const local = corosLocalDay(activity);
    return local >= range.from && local <= range.to;
  };
  const api = createProviderApi({
    baseUrl: COROS_API_BASE_URL,
    routes: COROS_ROUTES,
    auth,
    stats,
    errors: COROS_SANDBOX_ERRORS,
    validate: options.validate ?? false,
    json: (value) =>
      new Response(stringifyCorosJson(value), { headers: { 'content-type': 'application/json' } }),
    authenticate: (request) => {
      const url = new URL(request.url);
      const token = url.searchParams.get('token');
      if (!token || url.searchParams.get('openId') !== data.openId) return null;
      return auth.authenticate(new Request(url, { headers: { authorization: `Bearer ${token}` } }));
    },
    answers: {
      activities: ({ url }) =>
        withKnob(() => {
          const range = dayRange(url);
          if (typeof range === 'string') return envelope('1001', range);
          return ok(data.activities.filter((activity) => inRange(activity, range)));
        })(),
      activityFit: ({ url }) =>
        withKnob(() => {
          const labelId = url.searchParams.get('labelId');
          const found = data.activities.find((activity) => activity.labelId === labelId);
          if (!found) return envelope('1004', 'workout not found');
          return ok({ fitUrl: `https://oss.coros.com/fit/${labelId}.fit?Signature=fresh` });
        })(),
      daily: ({ url }) =>
        withKnob(() => {
          const range = dayRange(url);
          if (typeof range === 'string') return envelope('1001', range);
          const dailyList = data.daily.filter((entry) => {
            const happenDay = String(entry.happenDay);
            return happenDay >= range.from && happenDay <= range.to;
          });
          return ok({ dailyList });
        })(),
      bindState: withKnob(() => ok({ bindState: 1 })),
      userInfo: withKnob(() => ok({ openId: data.openId, nick: 'Sandy Box' })),
      upload: async ({ request }) => {
        if (knobs.apiResult !== null) return envelope(knobs.apiResult, 'sandbox knob');
        const form = await request.formData();
        const file = form.get('file');
        if (form.get('openId') !== data.openId || !(file instanceof Blob)) {
          return envelope('1001', 'openId and file are required');
        }
        const text = await file.text();
        if ([...uploads.values()].some((upload) => upload.file === text)) {
          return envelope('5082', 'duplicate file');
        }
        const uploadId = String(nextUpload);
        nextUpload += 1n;
        uploads.set(uploadId, { status: { status: 1 }, polls: 0, file: text });
        return ok({ uploadId });
      },
      uploadStatus: ({ url }) =>
        withKnob(() => {
          const upload = uploads.get(url.searchParams.get('uploadId') ?? '');
          if (!upload) return envelope('1004', 'upload not found');
          upload.polls += 1;
          // Processed on the second poll.
          if (upload.polls >= 2) upload.status = { status: 2, labelId: '461734982359399999' };
          return ok(upload.status);
        })(),
    },
  });
  const base = COROS_API_BASE_URL.replace(/\/$/, '');
  const refresh = http.post(`${base}/oauth2/refresh-token`, async ({ request }) => {
    const url = new URL(request.url);
    const form = new URLSearchParams(await request.text());
    if (
      url.searchParams.get('client_id') !== SANDBOX_CLIENT.clientId ||
      url.searchParams.get('client_secret') !== SANDBOX_CLIENT.clientSecret
    ) {
      return envelope('5001', 'client is invalid');
    }
    if (form.get('grant_type') !== 'refresh_token' || !form.get('refresh_token')) {
      return envelope('1001', 'refresh_token is required');
    }
    if (knobs.refreshResult !== '0000') return envelope(knobs.refreshResult, 'refresh refused');
    stats.refreshes += 1;
    return envelope('0000', 'OK');
  });
  const deauthorize = http.post(`${base}/oauth2/deauthorize`, ({ request }) => {
    const token = new URL(request.url).searchParams.get('token');
    if (!token) return envelope('1001', 'token is required');
    auth.revokeGrant(token);
    stats.deauthorizations += 1;
    return envelope('0000', 'OK');
  });
  return [refresh, deauthorize, ...api.handlers];
}
