import { GARMIN_API_BASE_URL } from '../endpoints.js';
import { GARMIN_CALLBACK_PATHS, type GarminSummaryType } from '../summary-types.js';
import { GARMIN_CLIENT_ID_HEADER } from '../webhooks.js';
import type { GarminFake } from './fake.js';
import { type GarminSandboxKnobs, garminSummariesOf } from './handlers.js';

/** Options of {@link createGarminEmitter}. */
export interface GarminEmitterOptions {
  /** The app's webhook URL (one for every type, as Garmin's endpoint tool allows). */
  webhookUrl: string | URL;
  /** The client id Garmin sends in `garmin-client-id`. */
  clientId: string;
  /** The sandbox data to send. */
  data: GarminFake;
  /** The sandbox knobs (backfill requests to deliver). */
  knobs?: GarminSandboxKnobs;
  /** How to POST (a loopback server's fetch, or one calling the handler directly). @defaultValue globalThis.fetch */
  fetch?: typeof fetch;
  /** Base URL of the callback URLs in pings. @defaultValue {@link GARMIN_API_BASE_URL} */
  apiBaseUrl?: string;
}

/** One POST the emitter made. */
export interface GarminEmitted {
  /** The JSON body sent. */
  readonly body: unknown;
  /** The app's answer status. */
  readonly status: number;
}

/** Garmin's side of the notifications: POSTs pushes and pings to the app as Garmin does. */
export interface GarminEmitter {
  /** POSTs a body with Garmin's headers (or others, to test refusals). */
  send(
    body: unknown,
    options?: { headers?: Record<string, string>; path?: string; raw?: string },
  ): Promise<Response>;
  /** Pushes `type` summaries in full (the fake's unless given), in one body. */
  push(type: GarminSummaryType, summaries?: readonly object[]): Promise<Response>;
  /**
   * Pings `type`: one entry per 24 h upload window holding the fake's summaries, each with a
   * callback URL carrying a `token` (as after the OAuth 2 migration).
   */
  ping(type: GarminSummaryType): Promise<Response>;
  /** Notifies an activity file for each fake activity (files are ping-only). */
  activityFiles(): Promise<Response>;
  /** Sends every type the fake has, by push or ping, in order or reversed. */
  sendAll(mode: 'push' | 'ping', options?: { order?: 'forward' | 'reverse' }): Promise<Response[]>;
  /** Delivers accepted backfill requests as pushes (their summaries in the window) and clears them. */
  flushBackfill(): Promise<Response[]>;
  /** Sends the last body again (Garmin retries what was not answered 200). */
  replay(): Promise<Response | undefined>;
  /** Every POST made, in order. */
  readonly sent: readonly GarminEmitted[];
}

const TYPES: readonly GarminSummaryType[] = [
  'activities',
  'activityDetails',
  'sleeps',
  'dailies',
  'hrv',
];

const endOf = (summary: object): number => {
  const s = summary as { startTimeInSeconds?: number; durationInSeconds?: number | null };
  return (s.startTimeInSeconds ?? 0) + (s.durationInSeconds ?? 0);
};
const startOf = (summary: object): number =>
  (summary as { startTimeInSeconds?: number }).startTimeInSeconds ?? 0;

/**
 * Creates the emitter that plays Garmin's notification service against the app's webhook URL:
 * real headers (`garmin-client-id`, `user-agent: Garmin Health API`), pushes, pings with
 * callback URLs the sandbox serves, activity files, backfill deliveries, replays and reorders.
 *
 * @example
 * ```ts
 * const emitter = createGarminEmitter({ webhookUrl: 'http://127.0.0.1:8787/garmin', clientId, data: plugin.data });
 * await emitter.sendAll('push');
 * ```
 */
export function createGarminEmitter(options: GarminEmitterOptions): GarminEmitter {
  const post = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const api = options.apiBaseUrl ?? GARMIN_API_BASE_URL;
  const sent: GarminEmitted[] = [];
  let last: { body: unknown; path?: string } | undefined;
  let tokens = 0;
  const emitter: GarminEmitter = {
    sent,
    async send(body, sendOptions = {}) {
      const url = new URL(options.webhookUrl);
      if (sendOptions.path)
        url.pathname = `${url.pathname.replace(/\/+$/, '')}/${sendOptions.path}`;
      const response = await post(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Garmin Health API',
          [GARMIN_CLIENT_ID_HEADER]: options.clientId,
          ...sendOptions.headers,
        },
        body: sendOptions.raw ?? JSON.stringify(body),
      });
      // Read the answer here (Garmin reads it too), and hand back a readable copy.
      const text = await response.text();
      sent.push({ body, status: response.status });
      last = { body, ...(sendOptions.path ? { path: sendOptions.path } : {}) };
      return new Response(text === '' ? null : text, {
        status: response.status,
        headers: response.headers,
      });
    },
    push(type, summaries) {
      return emitter.send(
        { [type]: summaries ?? garminSummariesOf(options.data, type) },
        type === 'activityDetails' ? { path: 'activityDetails' } : {},
      );
    },
    ping(type) {
      const windows = new Map<number, Set<string>>();
      for (const summary of garminSummariesOf(options.data, type)) {
        const start = Math.floor(endOf(summary) / 86_400) * 86_400;
        const users = windows.get(start) ?? new Set<string>();
        users.add((summary as { userId?: string }).userId ?? options.data.userId);
        windows.set(start, users);
      }
      const entries = [...windows].flatMap(([start, users]) =>
        [...users].map((userId) => {
          tokens += 1;
          const url = new URL(GARMIN_CALLBACK_PATHS[type], api);
          url.search = `uploadStartTimeInSeconds=${start}&uploadEndTimeInSeconds=${start + 86_400}&token=ping-${tokens}`;
          return { userId, callbackURL: url.href };
        }),
      );
      return emitter.send({ [type]: entries });
    },
    activityFiles() {
      return emitter.send({
        activityFiles: options.data.activities.map((activity) => {
          const url = new URL('activityFile', api);
          url.search = `id=${activity.summaryId}&token=file-${activity.summaryId}`;
          return {
            userId: activity.userId ?? options.data.userId,
            summaryId: activity.summaryId,
            activityId: activity.activityId,
            fileType: 'FIT',
            callbackURL: url.href,
            startTimeInSeconds: activity.startTimeInSeconds,
            manual: false,
            deviceName: activity.deviceName,
          };
        }),
      });
    },
    async sendAll(mode, sendOptions = {}) {
      const types = sendOptions.order === 'reverse' ? [...TYPES].reverse() : TYPES;
      const answers: Response[] = [];
      for (const type of types)
        answers.push(await (mode === 'push' ? emitter.push(type) : emitter.ping(type)));
      return answers;
    },
    async flushBackfill() {
      const pending = options.knobs?.pendingBackfill ?? [];
      const answers: Response[] = [];
      for (const request of pending.splice(0)) {
        const summaries = garminSummariesOf(options.data, request.type).filter(
          (summary) => startOf(summary) >= request.start && startOf(summary) < request.end,
        );
        if (summaries.length > 0) answers.push(await emitter.push(request.type, summaries));
      }
      return answers;
    },
    async replay() {
      return last === undefined
        ? undefined
        : emitter.send(last.body, last.path ? { path: last.path } : {});
    },
  };
  return emitter;
}
