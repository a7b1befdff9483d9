import {
  type CallOptions,
  ErrorCodes,
  FitlinkError,
  type HttpClient,
  pickCallOptions,
} from '@fitlink/core';
import type { GarminActivityFileGoneError } from '../errors.js';

/** A downloaded activity file. */
export interface GarminDownloadedFile {
  /** The file's bytes (FIT is binary). */
  readonly bytes: Uint8Array;
  /** The answer's content type, if any. */
  readonly contentType: string | null;
}

/** Activity file downloads. */
export interface GarminActivityFilesResource {
  /**
   * Downloads an activity file from its notification's URL, once: Garmin answers 410 to a
   * second download, which is a {@link GarminActivityFileGoneError} (never retried). Store the
   * bytes before acknowledging the job that fetched them.
   *
   * @throws {@link GarminActivityFileGoneError} on 410.
   */
  download(callbackUrl: string, options?: CallOptions): Promise<GarminDownloadedFile>;
}

/**
 * Creates the activity files resource: the download goes through the connection's HTTP client
 * (auth, refresh on 401, the rate-limit policy, typed network and timeout errors) and reads the
 * answer as bytes. It is not idempotent: Garmin serves a file once, so a failed download is left
 * to the app's job to retry, and a repeat that answers 410 is {@link GarminActivityFileGoneError}.
 */
export function createGarminActivityFiles(
  http: HttpClient,
  apiBaseUrl: string,
): GarminActivityFilesResource {
  const apiOrigin = new URL(apiBaseUrl).origin;
  return {
    async download(callbackUrl, options = {}) {
      let url: URL;
      try {
        url = new URL(callbackUrl);
      } catch {
        url = new URL('invalid:');
      }
      if (url.origin !== apiOrigin) {
        throw new FitlinkError(`A Garmin activity file URL must be on ${apiOrigin}`, {
          code: ErrorCodes.invalidArgument,
          provider: 'garmin',
        });
      }
      const { data, headers } = await http.request({
        path: callbackUrl, // verbatim: the string Garmin sent
        responseType: 'bytes',
        idempotent: false,
        ...pickCallOptions(options),
        timeoutMs: options.timeoutMs ?? 120_000, // files reach 100 MB
      });
      return { bytes: data as Uint8Array, contentType: headers.get('content-type') };
    },
  };
}
