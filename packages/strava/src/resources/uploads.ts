import {
  type Clock,
  ErrorCodes,
  FitlinkError,
  ProviderError,
  pickCallOptions,
} from '@fitlink/core';
import { STRAVA_ROUTES } from '../endpoints.js';
import type { StravaCallOptions, StravaRequester } from '../request.js';
import { type StravaId, stravaIdString } from '../schemas/common.js';
import type { StravaUpload } from '../schemas/upload.js';

/** File formats Strava accepts. */
export type StravaUploadDataType = 'fit' | 'fit.gz' | 'tcx' | 'tcx.gz' | 'gpx' | 'gpx.gz';

/** Fields of `POST /uploads`. */
export interface StravaUploadInput {
  /** The file's bytes. */
  file: Blob | Uint8Array | string;
  /** Its format. */
  dataType: StravaUploadDataType;
  /** File name sent with the part. @defaultValue `activity.<dataType>` */
  fileName?: string;
  /** Title of the activity. */
  name?: string;
  /** Description of the activity. */
  description?: string;
  /** Done on a trainer. */
  trainer?: boolean;
  /** A commute. */
  commute?: boolean;
  /** Your id for the file, echoed back (and used by Strava to spot duplicates). */
  externalId?: string;
}

/** Options of {@link StravaUploadsResource.waitForActivity}. */
export interface StravaUploadWaitOptions extends StravaCallOptions {
  /** Time between polls; Strava asks for at least one second. @defaultValue 1000 */
  intervalMs?: number;
  /** Polls before giving up. @defaultValue 60 */
  maxPolls?: number;
}

/** `POST /uploads` and `GET /uploads/{id}`. */
export interface StravaUploadsResource {
  /**
   * Uploads a FIT, TCX or GPX file (multipart, needs `activity:write`). Processing is
   * asynchronous: poll with {@link StravaUploadsResource.waitForActivity}.
   *
   * @example
   * ```ts
   * const upload = await client.uploads.create({ file: fitBytes, dataType: 'fit', externalId: 'ride-42.fit' });
   * ```
   */
  create(input: StravaUploadInput, options?: StravaCallOptions): Promise<StravaUpload>;
  /**
   * The upload's status.
   *
   * @example
   * ```ts
   * const upload = await client.uploads.get(uploadId);
   * ```
   */
  get(uploadId: StravaId, options?: StravaCallOptions): Promise<StravaUpload>;
  /**
   * Polls an upload until Strava has made an activity of it.
   *
   * @throws {@link @fitlink/core!ProviderError} when Strava reports a processing `error` (such as a
   * duplicate).
   * @throws {@link @fitlink/core!FitlinkError} with code `timeout` after `maxPolls` polls.
   * @example
   * ```ts
   * const done = await client.uploads.waitForActivity(upload);
   * console.log(done.activity_id);
   * ```
   */
  waitForActivity(
    upload: StravaUpload | StravaId,
    options?: StravaUploadWaitOptions,
  ): Promise<
    StravaUpload & {
      /** The activity the upload created. */
      activity_id: StravaId;
    }
  >;
}

/** Builds the uploads resource over a requester. */
export function createUploadsResource(
  request: StravaRequester,
  clock: Clock,
): StravaUploadsResource {
  const get = (uploadId: StravaId, options: StravaCallOptions = {}) =>
    request.route(STRAVA_ROUTES.upload, {
      params: { uploadId: stravaIdString(uploadId) },
      ...pickCallOptions(options),
    });
  return {
    create(input, options = {}) {
      const form = new FormData();
      const file =
        input.file instanceof Blob
          ? input.file
          : new Blob([typeof input.file === 'string' ? input.file : new Uint8Array(input.file)]);
      form.set('file', file, input.fileName ?? `activity.${input.dataType}`);
      form.set('data_type', input.dataType);
      if (input.name !== undefined) form.set('name', input.name);
      if (input.description !== undefined) form.set('description', input.description);
      if (input.trainer !== undefined) form.set('trainer', input.trainer ? '1' : '0');
      if (input.commute !== undefined) form.set('commute', input.commute ? '1' : '0');
      if (input.externalId !== undefined) form.set('external_id', input.externalId);
      return request.route(STRAVA_ROUTES.createUpload, { body: form, ...pickCallOptions(options) });
    },
    get,
    async waitForActivity(upload, options = {}) {
      const interval = Math.max(1000, options.intervalMs ?? 1000);
      const maxPolls = options.maxPolls ?? 60;
      let current = typeof upload === 'object' ? upload : await get(upload, options);
      for (let poll = 0; ; poll++) {
        if (current.error) {
          throw new ProviderError(
            `strava could not process upload ${current.id}: ${current.error}`,
            {
              provider: 'strava',
              status: 200,
              endpoint: 'GET /api/v3/uploads/{id}',
              body: current.error,
            },
          );
        }
        const activityId = current.activity_id;
        if (activityId !== null && activityId !== undefined) {
          return { ...current, activity_id: activityId };
        }
        if (poll >= maxPolls) {
          throw new FitlinkError(
            `strava upload ${current.id} still processing after ${maxPolls} polls`,
            {
              provider: 'strava',
              code: ErrorCodes.timeout,
            },
          );
        }
        await clock.sleep(interval, options.signal);
        current = await get(current.id, options);
      }
    },
  };
}
