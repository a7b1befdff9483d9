import {
  type CallOptions,
  type Clock,
  type DateWindow,
  dateWindowPaging,
  ErrorCodes,
  FitlinkError,
  type HttpClient,
  type Paginator,
  routePath,
  type WindowCursor,
} from '@fitlink/core';
import { COROS_ROUTES } from '../endpoints.js';
import type { CorosActivity } from '../schemas/activity.js';
import type { CorosUploadStatus } from '../schemas/upload.js';
import { COROS_MAX_WINDOW_MS, corosDayRange, corosWindowQuery } from './date-range.js';
import { corosRequest } from './request.js';

/** The resumable cursor of {@link CorosActivitiesResource.list}: a 30-day window. */
export type CorosWindowCursor = WindowCursor<never>;

/** Options of {@link CorosActivitiesResource.list}. */
export interface CorosListOptions extends CallOptions {
  /** Start of the range. COROS serves about the last three months. */
  since: Date;
  /** End of the range. */
  until: Date;
  /** A saved cursor to resume from. @defaultValue the first window */
  cursor?: CorosWindowCursor | undefined;
}

/** What identifies a workout's FIT file. */
export interface CorosFitRequest {
  /** The workout's `labelId`. */
  labelId: string;
  /** Its sport mode. */
  mode: number;
  /** Its sub-mode. */
  subMode?: number | null | undefined;
}

/** A FIT file to upload. */
export interface CorosFitUpload extends CallOptions {
  /** The file's bytes. */
  file: Blob | Uint8Array;
  /** The file name sent. @defaultValue 'activity.fit' */
  filename?: string;
}

/** Options of {@link CorosActivitiesResource.uploadAndWait}. */
export interface CorosUploadWaitOptions extends CorosFitUpload {
  /** Wait between polls, in milliseconds. @defaultValue 2000 */
  pollIntervalMs?: number;
  /** Polls before giving up with code `timeout`. @defaultValue 30 */
  maxPolls?: number;
}

/** COROS workouts in their wire shape. */
export interface CorosActivitiesResource {
  /**
   * Workouts of a date range (`GET /v2/coros/sport/list`), every 30-day window in turn, oldest
   * window first. Days are whole UTC days, widened by one on each side; the normalized
   * `listActivities` trims to the exact range.
   *
   * @example
   * ```ts
   * for await (const workout of client.activities.list({ since, until })) console.log(workout.labelId);
   * ```
   */
  list(options: CorosListOptions): Paginator<CorosActivity, CorosWindowCursor>;
  /**
   * A fresh signed FIT URL for a workout (`GET /v2/coros/sport/detail/fit`): pushed URLs
   * expire, and may be missing.
   *
   * @example
   * ```ts
   * const url = await client.activities.fitUrl({ labelId: workout.labelId, mode: 8, subMode: 1 });
   * ```
   */
  fitUrl(request: CorosFitRequest, options?: CallOptions): Promise<string | null>;
  /**
   * Uploads a FIT file (`POST /coros/file/upload`), answering the `uploadId` to poll.
   *
   * @throws {@link CorosResultError} with `kind: 'rejected-file'` (too large, unsupported, unprocessable).
   */
  upload(upload: CorosFitUpload): Promise<string>;
  /** The state of an upload (`GET /coros/file/upload/get`): 1 processing, 2 done, -1 failed. */
  uploadStatus(uploadId: string, options?: CallOptions): Promise<CorosUploadStatus>;
  /**
   * Uploads and polls until COROS has processed the file.
   *
   * @throws {@link CorosResultError} with `kind: 'duplicate'` (`5082`) when the file was uploaded before.
   * @throws {@link @fitlink/core!FitlinkError} with code `timeout` after `maxPolls`, `provider_http` when processing failed.
   * @example
   * ```ts
   * const status = await client.activities.uploadAndWait({ file: bytes, pollIntervalMs: 2000 });
   * ```
   */
  uploadAndWait(options: CorosUploadWaitOptions): Promise<CorosUploadStatus>;
}

/** Creates the workouts resource over the client's HTTP client. */
export function createCorosActivities(
  http: HttpClient,
  context: { clock: Clock; openId: () => Promise<string> },
): CorosActivitiesResource {
  const resource: CorosActivitiesResource = {
    list(options) {
      const days = corosDayRange(options.since, options.until);
      return dateWindowPaging<CorosActivity>({
        ...days,
        maxWindowMs: COROS_MAX_WINDOW_MS,
        ...(options.cursor ? { start: options.cursor } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        fetchWindow: async (window: DateWindow, _inner, signal) =>
          (await corosRequest(
            http,
            {
              path: routePath(COROS_ROUTES.activities),
              query: corosWindowQuery(window),
              schema: COROS_ROUTES.activities.response,
            },
            { ...options, ...(signal ? { signal } : {}) },
          )) ?? [],
      });
    },
    async fitUrl(request, options = {}) {
      const data = await corosRequest(
        http,
        {
          path: routePath(COROS_ROUTES.activityFit),
          query: { labelId: request.labelId, mode: request.mode, subMode: request.subMode },
          schema: COROS_ROUTES.activityFit.response,
        },
        options,
      );
      return data?.fitUrl || data?.url || null;
    },
    async upload({ file, filename, ...options }) {
      const form = new FormData();
      form.set('openId', await context.openId());
      form.set(
        'file',
        file instanceof Blob ? file : new Blob([new Uint8Array(file)]),
        filename ?? 'activity.fit',
      );
      const data = await corosRequest(
        http,
        {
          method: 'POST',
          path: routePath(COROS_ROUTES.upload),
          body: form,
          schema: COROS_ROUTES.upload.response,
          idempotent: false,
        },
        options,
      );
      if (data === undefined) throw missing('POST /coros/file/upload', 'uploadId');
      return data.uploadId;
    },
    async uploadStatus(uploadId, options = {}) {
      const data = await corosRequest(
        http,
        {
          path: routePath(COROS_ROUTES.uploadStatus),
          query: { uploadId },
          schema: COROS_ROUTES.uploadStatus.response,
        },
        options,
      );
      if (data === undefined) throw missing('GET /coros/file/upload/get', 'status');
      return data;
    },
    async uploadAndWait({ pollIntervalMs = 2000, maxPolls = 30, ...upload }) {
      const uploadId = await resource.upload(upload);
      const call = upload.signal ? { signal: upload.signal } : {};
      for (let poll = 0; poll < maxPolls; poll++) {
        const status = await resource.uploadStatus(uploadId, call);
        if (status.status === 2) return status;
        if (status.status === -1) {
          throw new FitlinkError(`coros could not process upload ${uploadId}`, {
            code: ErrorCodes.providerHttp,
            provider: 'coros',
          });
        }
        await context.clock.sleep(pollIntervalMs, upload.signal);
      }
      throw new FitlinkError(`coros upload ${uploadId} still processing after ${maxPolls} polls`, {
        code: ErrorCodes.timeout,
        provider: 'coros',
      });
    },
  };
  return resource;
}

function missing(endpoint: string, field: string): FitlinkError {
  return new FitlinkError(`coros answered ${endpoint} without ${field}`, {
    code: ErrorCodes.validation,
    provider: 'coros',
  });
}
