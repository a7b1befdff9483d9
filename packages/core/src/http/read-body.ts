import type * as zc from 'zod/v4/core';
import type { FitlinkError } from '../errors/fitlink-error.js';
import { ProviderError } from '../errors/provider-error.js';
import type { HttpRequestOptions, ResultData } from './http-types.js';
import { type ValidationMode, validatePayload } from './validate.js';

/** What {@link readBody} needs besides the response. */
export interface ReadBodyContext {
  provider: string;
  /** Method and path, for errors. */
  endpoint: string;
  validation: ValidationMode;
  onValidationWarning: ((error: FitlinkError) => void) | undefined;
  secrets: readonly string[];
  /** Parses a JSON body; `JSON.parse` unless the client was given another. */
  parseJson: (text: string) => unknown;
}

/**
 * Reads a successful answer as the request asked (`json`, `text` or `none`) and validates JSON
 * against the request's schema.
 *
 * @throws {@link ProviderError} when a JSON answer is not JSON (a truncated body …).
 * @throws {@link ValidationError} when it does not match the schema.
 */
export async function readBody<S extends zc.$ZodType | undefined>(
  response: Response,
  options: HttpRequestOptions<S>,
  context: ReadBodyContext,
): Promise<ResultData<S>> {
  const type = options.responseType ?? 'json';
  if (type === 'none' || response.status === 204) {
    discard(response);
    return (type === 'none' ? undefined : null) as ResultData<S>;
  }
  const text = await response.text();
  if (type === 'text') return text as ResultData<S>;
  let payload: unknown;
  try {
    payload = text === '' ? null : context.parseJson(text);
  } catch (error) {
    throw new ProviderError(
      `${context.provider} answered ${context.endpoint} with a body that is not JSON`,
      {
        provider: context.provider,
        status: response.status,
        endpoint: context.endpoint,
        body: text,
        cause: error,
        secrets: context.secrets,
      },
    );
  }
  if (!options.schema) return payload as ResultData<S>;
  return validatePayload(options.schema, payload, {
    provider: context.provider,
    endpoint: context.endpoint,
    mode: context.validation,
    ...(context.onValidationWarning ? { onWarning: context.onValidationWarning } : {}),
  }) as ResultData<S>;
}

/**
 * Drops a body that will not be read. ky may hold a tee of the body; awaiting `cancel()` would
 * wait for the other branch, so the cancellation is fired and forgotten.
 */
export function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}
