import type * as zc from 'zod/v4/core';
import type { CallContext } from './call-context.js';
import type { HttpRequestOptions, HttpResult, ResultData } from './http-types.js';
import { discard, readBody } from './read-body.js';

/**
 * Reads a successful answer as the request asked (`json`, `text`, `none`) and validates it
 * against the request's schema in the client's validation mode.
 *
 * @param call - The call.
 * @param options - The request.
 * @param response - The answer (status below 400).
 * @throws {@link FitlinkError} with code `timeout` or `network` when the body stalls or breaks off.
 * @throws {@link ProviderError} with code `invalid_body` when a JSON answer is not JSON.
 * @throws {@link ValidationError} when it does not match the schema or is empty without
 * `allowEmpty` (`strict` mode).
 * @example
 * ```ts
 * return successAnswer(call, options, response);
 * ```
 */
export async function successAnswer<S extends zc.$ZodType | undefined>(
  call: CallContext,
  options: HttpRequestOptions<S, boolean | undefined>,
  response: Response,
): Promise<HttpResult<ResultData<S>>> {
  const { settings } = call;
  const data = await readBody(response, options, {
    provider: call.provider,
    endpoint: call.endpoint,
    validation: settings.validation ?? 'strict',
    onValidationWarning: settings.onValidationWarning,
    secrets: call.secrets,
    parseJson: settings.parseJson ?? JSON.parse,
  });
  return { status: response.status, headers: response.headers, data };
}

/**
 * Answers a status the request allowed (`allowStatus`, such as 404 for "none") with
 * `data: null`, dropping the body.
 *
 * @param response - The allowed answer.
 * @example
 * ```ts
 * if (options.allowStatus?.includes(response.status)) return allowedAnswer(response);
 * ```
 */
export function allowedAnswer<T>(response: Response): HttpResult<T> {
  discard(response);
  return { status: response.status, headers: response.headers, data: null as T };
}
