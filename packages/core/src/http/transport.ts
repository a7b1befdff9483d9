import ky, { TimeoutError } from 'ky';
import { ErrorCodes } from '../errors/codes.js';
import { FitlinkError } from '../errors/fitlink-error.js';
import { abortError } from './clock.js';

/** One HTTP attempt, as the client loop hands it to the transport. */
export interface TransportRequest {
  method: string;
  url: URL;
  headers: Headers;
  body?: BodyInit | undefined;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  fetch?: typeof fetch | undefined;
}

/**
 * Sends one attempt through ky with ky's own retry and error throwing off (the client loop owns
 * retries, refresh and rate limits). This file and its folder are the only places that import
 * ky, so a ky major is a one-folder change and users never see ky types.
 *
 * @throws {@link FitlinkError} with code `timeout`, `aborted` or `network` when no answer came.
 */
export async function sendOnce(
  request: TransportRequest,
  secrets: readonly string[],
): Promise<Response> {
  try {
    return await ky(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body ?? null,
      timeout: request.timeoutMs,
      retry: 0,
      throwHttpErrors: false,
      ...(request.signal ? { signal: request.signal } : {}),
      ...(request.fetch ? { fetch: request.fetch } : {}),
    });
  } catch (error) {
    if (request.signal?.aborted) throw abortError(request.signal);
    if (error instanceof TimeoutError) {
      throw new FitlinkError(`No answer within ${request.timeoutMs} ms from ${request.url.host}`, {
        code: ErrorCodes.timeout,
        secrets,
      });
    }
    throw new FitlinkError(`Network error calling ${request.url.host}${request.url.pathname}`, {
      code: ErrorCodes.network,
      cause: error,
      secrets,
    });
  }
}
