import {
  type FitlinkError,
  type HttpClient,
  type HttpRequestOptions,
  ProviderError,
  type ValidationMode,
  validatePayload,
} from '@fitlink/core';
import type * as zc from 'zod/v4/core';
import { parseStravaJson } from './json.js';

/** Per-call options every Strava resource method accepts. */
export interface StravaCallOptions {
  /** Aborts the call and any wait. */
  signal?: AbortSignal;
  /** Per-attempt timeout in milliseconds. */
  timeoutMs?: number;
  /** Longest rate-limit wait before `RateLimitError`. */
  maxRateLimitWaitMs?: number;
}

/** Sends Strava requests and parses answers with int64 ids kept exact. */
export interface StravaRequester {
  /** Sends a request and validates the JSON answer against `schema`. */
  json<S extends zc.$ZodType>(
    options: Omit<HttpRequestOptions, 'schema' | 'responseType'> & { schema: S },
  ): Promise<zc.output<S>>;
}

/** Copies the call options that are set. */
export function callOptions(options: StravaCallOptions = {}): StravaCallOptions {
  const picked: StravaCallOptions = {};
  if (options.signal) picked.signal = options.signal;
  if (options.timeoutMs !== undefined) picked.timeoutMs = options.timeoutMs;
  if (options.maxRateLimitWaitMs !== undefined)
    picked.maxRateLimitWaitMs = options.maxRateLimitWaitMs;
  return picked;
}

/**
 * Wraps core's HTTP client: the body is read as text and parsed with `parseStravaJson`, because
 * `JSON.parse` would round ids beyond 2^53, then validated with the client's validation mode.
 */
export function createStravaRequester(
  http: HttpClient,
  settings: { validation?: ValidationMode; onValidationWarning?: (error: FitlinkError) => void },
): StravaRequester {
  return {
    async json(options) {
      const { schema, ...rest } = options;
      const result = await http.request({ ...rest, responseType: 'text' });
      const path = /^https?:/.test(options.path)
        ? new URL(options.path).pathname
        : `/api/v3/${options.path}`;
      const endpoint = `${(options.method ?? 'GET').toUpperCase()} ${path}`;
      let payload: unknown;
      try {
        payload = result.data === '' ? null : parseStravaJson(String(result.data));
      } catch (error) {
        throw new ProviderError(`strava answered ${endpoint} with a body that is not JSON`, {
          provider: 'strava',
          status: result.status,
          endpoint,
          body: String(result.data),
          cause: error,
        });
      }
      return validatePayload(schema, payload, {
        provider: 'strava',
        endpoint,
        mode: settings.validation ?? 'strict',
        ...(settings.onValidationWarning ? { onWarning: settings.onValidationWarning } : {}),
      });
    },
  };
}
