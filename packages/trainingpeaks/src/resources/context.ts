import { AuthError, type CallOptions, type Clock, type HttpClient } from '@fitlink/core';
import type { TrainingPeaksAthlete } from '../schemas/athlete.js';

/** What every resource of a client shares. */
export interface TrainingPeaksContext {
  /** The connection's HTTP client. */
  readonly http: HttpClient;
  /** The client's clock: an open `until` means its `now()`. */
  readonly clock: Clock;
  /** The athlete's IANA zone (settings, else the profile's), or `null` when unknown. */
  timeZone(options?: CallOptions): Promise<string | null>;
  /** Longest date range per request, days. */
  readonly maxRangeDays: number;
  /** `UploadClient` sent with file uploads. */
  readonly uploadClient: string;
}

/** What {@link createTrainingPeaksContext} is built from. */
export interface TrainingPeaksContextOptions extends Omit<TrainingPeaksContext, 'timeZone'> {
  /** The zone the app already knows, if any. */
  readonly timeZone?: string | undefined;
  /** Reads the profile, whose `TimeZone` is used when `timeZone` is not given. */
  profile(options?: CallOptions): Promise<TrainingPeaksAthlete>;
}

/**
 * The context of one client: the zone is read from the profile once (scope `athlete:profile`)
 * and remembered; a failed read is not remembered.
 */
export function createTrainingPeaksContext(
  options: TrainingPeaksContextOptions,
): TrainingPeaksContext {
  const { http, clock, maxRangeDays, uploadClient } = options;
  let zone: Promise<string | null> | undefined;
  return {
    http,
    clock,
    maxRangeDays,
    uploadClient,
    timeZone(call) {
      if (options.timeZone) return Promise.resolve(options.timeZone);
      zone ??= options.profile(call).then(
        (profile) => profile.TimeZone || null,
        (error: unknown) => {
          zone = undefined;
          // Without athlete:profile the zone is unknown: ranges are widened, times read as UTC.
          if (error instanceof AuthError) throw error;
          return null;
        },
      );
      return zone;
    },
  };
}
