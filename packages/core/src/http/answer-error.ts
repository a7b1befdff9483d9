import type { FitlinkError } from '../errors/fitlink-error.js';
import type { CallContext } from './call-context.js';
import { toResponseError } from './response-error.js';
import { readAnswerText } from './transport.js';

/**
 * Turns an error answer that is not retried into the error to throw: the body is read as
 * text (within the attempt's `timeoutMs`; a body that stalls or breaks off is read as empty, the
 * status being the answer) and handed, with the status, the headers and every secret the
 * connection has had, to the provider's `mapError` and then to the default mapping.
 *
 * @param call - The call.
 * @param response - The error answer (status 400 or more).
 * @returns The mapped error (`AuthError` for 401, `ProviderError` otherwise, or the provider's own).
 * @example
 * ```ts
 * if (response.status >= 400) throw await errorFromAnswer(call, response);
 * ```
 */
export async function errorFromAnswer(
  call: CallContext,
  response: Response,
): Promise<FitlinkError> {
  const text = await readAnswerText(response).catch(() => '');
  const context = {
    provider: call.provider,
    status: response.status,
    endpoint: call.endpoint,
    headers: response.headers,
    body: text,
    secrets: call.secrets(),
  };
  return toResponseError(context, call.settings.mapError);
}
