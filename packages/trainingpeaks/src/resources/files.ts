import {
  type CallOptions,
  ErrorCodes,
  encodeBytes,
  FitlinkError,
  pickCallOptions,
  routePath,
} from '@fitlink/core';
import { TRAININGPEAKS_ROUTES } from '../endpoints.js';
import type { TrainingPeaksFileUpload } from '../schemas/file-upload.js';
import type { TrainingPeaksContext } from './context.js';

/** What to upload with `client.files.upload`. */
export interface TrainingPeaksUploadInput {
  /** File name ending in `.fit`, `.tcx` or `.pwx`, optionally `.gz`. */
  filename: string;
  /** The file's bytes, or its contents already base64-encoded. */
  data: Uint8Array | string;
  /** Local day to file it on, `YYYY-MM-DD`. */
  workoutDay?: string;
  /** Local start, `YYYY-MM-DDTHH:mm:ss`. */
  startTime?: string;
  /** Title. */
  title?: string;
  /** Comment. */
  comment?: string;
  /** Workout type (`Bike`, `Run` …). */
  type?: string;
  /** A planned workout to attach the file to. */
  workoutId?: string | number;
  /** The athlete, for coaches. */
  athleteId?: string | number;
  /** Make the workout public. */
  setWorkoutPublic?: boolean;
}

/** The outcome of an upload: queued for processing, or already on the athlete's account. */
export interface TrainingPeaksUploadResult {
  /** `accepted` (202: processed asynchronously) or `duplicate` (422: already uploaded). */
  status: 'accepted' | 'duplicate';
}

/** `client.files`: activity file uploads (scope `file:write`). */
export interface TrainingPeaksFilesResource {
  /**
   * Uploads a FIT, TCX or PWX file for asynchronous processing (`POST /v3/file`). A 422
   * (already uploaded) resolves as `duplicate`; the workout appears later in the changed feed.
   *
   * @throws {@link @fitlink/core!FitlinkError} with code `invalid_argument` for another file type.
   * @throws {@link @fitlink/core!ProviderError} for 415 and other refusals.
   * @example
   * ```ts
   * const { status } = await client.files.upload({ filename: 'ride.fit', data: bytes });
   * ```
   */
  upload(
    input: TrainingPeaksUploadInput,
    options?: CallOptions,
  ): Promise<TrainingPeaksUploadResult>;
}

const SUPPORTED = /\.(fit|tcx|pwx)(\.gz)?$/i;

/** Builds `client.files`. */
export function createFilesResource(context: TrainingPeaksContext): TrainingPeaksFilesResource {
  const route = TRAININGPEAKS_ROUTES.uploadFile;
  return {
    async upload(input, options) {
      if (!SUPPORTED.test(input.filename)) {
        throw new FitlinkError('trainingpeaks: only .fit, .tcx and .pwx files (optionally .gz)', {
          code: ErrorCodes.invalidArgument,
          provider: 'trainingpeaks',
        });
      }
      const body: TrainingPeaksFileUpload = {
        UploadClient: context.uploadClient,
        Filename: input.filename,
        Data: typeof input.data === 'string' ? input.data : encodeBytes(input.data, 'base64'),
        ...(input.athleteId !== undefined ? { AthleteId: input.athleteId } : {}),
        ...(input.workoutDay ? { WorkoutDay: input.workoutDay } : {}),
        ...(input.startTime ? { StartTime: input.startTime } : {}),
        ...(input.title ? { Title: input.title } : {}),
        ...(input.comment ? { Comment: input.comment } : {}),
        ...(input.type ? { Type: input.type } : {}),
        ...(input.workoutId !== undefined ? { WorkoutId: input.workoutId } : {}),
        ...(input.setWorkoutPublic !== undefined
          ? { SetWorkoutPublic: input.setWorkoutPublic }
          : {}),
      };
      const { status } = await context.http.request({
        method: route.method,
        path: routePath(route),
        json: body,
        responseType: 'none',
        allowStatus: [422],
        ...pickCallOptions(options),
      });
      return { status: status === 422 ? 'duplicate' : 'accepted' };
    },
  };
}
