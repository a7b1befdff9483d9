import {
  type CallOptions,
  ErrorCodes,
  FitlinkError,
  type HttpClient,
  ProviderError,
  type RequestAuth,
} from '@fitlink/core';
import { GarminActivityFileGoneError, mapGarminError } from '../errors.js';

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
 * Creates the activity files resource. Core's HTTP client reads JSON or text; a FIT file is
 * binary, so the download signs the request with the connection's auth and reads bytes itself.
 */
export function createGarminActivityFiles(
  _http: HttpClient,
  auth: RequestAuth,
  apiBaseUrl: string,
  fetchFn: typeof fetch,
): GarminActivityFilesResource {
  const apiOrigin = new URL(apiBaseUrl).origin;
  return {
    async download(callbackUrl, options = {}) {
      const url = new URL(callbackUrl);
      if (url.origin !== apiOrigin) {
        throw new FitlinkError(`A Garmin activity file URL must be on ${apiOrigin}`, {
          code: ErrorCodes.invalidArgument,
          provider: 'garmin',
        });
      }
      const send = async (): Promise<{ response: Response; credential: string }> => {
        const headers = new Headers();
        const attempt = await auth.apply({ method: 'GET', url, headers }, options.signal);
        const response = await fetchFn(callbackUrl, {
          headers,
          signal: options.signal ?? AbortSignal.timeout(options.timeoutMs ?? 120_000),
        });
        return { response, credential: attempt.credential };
      };
      let { response, credential } = await send();
      if (response.status === 401 && auth.recover && (await auth.recover({ credential }))) {
        ({ response, credential } = await send());
      }
      const endpoint = `GET ${url.pathname}`;
      if (!response.ok) {
        const body = await response.text();
        const context = {
          provider: 'garmin',
          status: response.status,
          endpoint,
          headers: response.headers,
          body,
          secrets: auth.secrets(),
        };
        if (response.status === 410) throw new GarminActivityFileGoneError(endpoint, { body });
        throw (
          mapGarminError(context) ??
          new ProviderError(`garmin answered ${response.status} for ${endpoint}`, {
            provider: 'garmin',
            status: response.status,
            endpoint,
            body,
            secrets: auth.secrets(),
          })
        );
      }
      return {
        bytes: new Uint8Array(await response.arrayBuffer()),
        contentType: response.headers.get('content-type'),
      };
    },
  };
}
