import type * as zc from 'zod/v4/core';
import { ErrorCodes } from '../errors/codes.js';
import type { FitlinkError } from '../errors/fitlink-error.js';
import { ProviderError } from '../errors/provider-error.js';
import { ValidationError } from '../errors/validation-error.js';
import type { HttpRequestOptions, ResultData } from './http-types.js';
import { readAnswerBytes, readAnswerText, releaseAnswer } from './transport.js';
import { type ValidationMode, validatePayload } from './validate.js';

/** What {@link readBody} needs besides the response. */
export interface ReadBodyContext {
  provider: string;
  /** Method and path, for errors. */
  endpoint: string;
  validation: ValidationMode;
  onValidationWarning: ((error: FitlinkError) => void) | undefined;
  /** The connection's secrets, read only when an error is built. */
  secrets: () => readonly string[];
  /** Parses a JSON body; `JSON.parse` unless the client was given another. */
  parseJson: (text: string) => unknown;
}

/**
 * Reads a successful answer as the request asked (`json`, `text`, `bytes` or `none`) and validates JSON
 * against the request's schema. An empty answer (204, or no body) to a JSON request with a
 * schema is a {@link ValidationError} unless the request sets `allowEmpty` (or its endpoint is
 * one of the few that relied on `null` before the option existed).
 *
 * @throws {@link FitlinkError} with code `timeout` or `network` when the body cannot be read.
 * @throws {@link ProviderError} with code `invalid_body` when a JSON answer is not JSON (a
 * truncated body …); its cause never quotes the body.
 * @throws {@link ValidationError} when it does not match the schema, or is empty.
 */
export async function readBody<S extends zc.$ZodType | undefined>(
  response: Response,
  options: HttpRequestOptions<S, boolean | undefined>,
  context: ReadBodyContext,
): Promise<ResultData<S>> {
  const type = options.responseType ?? 'json';
  if (type === 'none') {
    releaseAnswer(response);
    return undefined as ResultData<S>;
  }
  if (type === 'bytes') {
    if (response.status === 204) releaseAnswer(response);
    return (
      response.status === 204 ? new Uint8Array(0) : await readAnswerBytes(response)
    ) as ResultData<S>;
  }
  if (response.status === 204) releaseAnswer(response);
  const text = response.status === 204 ? '' : await readAnswerText(response);
  if (type === 'text') return (response.status === 204 ? null : text) as ResultData<S>;
  if (text.trim() === '') return emptyAnswer(response.status, options, context);
  let payload: unknown;
  try {
    payload = context.parseJson(text);
  } catch (error) {
    const secrets = context.secrets();
    throw new ProviderError(
      `${context.provider} answered ${context.endpoint} with a body that is not JSON (${text.length} characters; cut short or not JSON)`,
      {
        provider: context.provider,
        status: response.status,
        endpoint: context.endpoint,
        body: text,
        code: ErrorCodes.invalidBody,
        cause: parseFailure(error),
        secrets,
      },
    );
  }
  if (!options.schema) return payload as ResultData<S>;
  return validatePayload(options.schema, payload, {
    provider: context.provider,
    endpoint: context.endpoint,
    mode: context.validation,
    secrets: context.secrets,
    ...(context.onValidationWarning ? { onWarning: context.onValidationWarning } : {}),
  }) as ResultData<S>;
}

/**
 * Drops a body that will not be read, ending its attempt's deadline.
 *
 * @param response - The answer.
 * @example
 * ```ts
 * discard(response); // a 429 that will be retried
 * ```
 */
export function discard(response: Response): void {
  releaseAnswer(response);
}

/**
 * An empty answer where JSON was expected: `null` when the request allows it (or sends no
 * schema, so its data is `unknown`), else a {@link ValidationError} in the client's mode.
 */
function emptyAnswer<S extends zc.$ZodType | undefined>(
  status: number,
  options: HttpRequestOptions<S, boolean | undefined>,
  context: ReadBodyContext,
): ResultData<S> {
  const allowed = options.allowEmpty ?? false;
  if (allowed || !options.schema || context.validation === 'off') return null as ResultData<S>;
  const error = new ValidationError(
    `${context.provider} answered ${context.endpoint} with an empty body (HTTP ${status}) where JSON was expected`,
    {
      provider: context.provider,
      endpoint: context.endpoint,
      issues: [
        {
          path: [],
          code: 'invalid_type',
          message: `expected a JSON body, received none (HTTP ${status}); set allowEmpty on a request whose endpoint documents an empty answer`,
        },
      ],
      secrets: context.secrets(),
    },
  );
  if (context.validation === 'warn') {
    context.onValidationWarning?.(error);
    return null as ResultData<S>;
  }
  throw error;
}

// V8 says where parsing stopped; anything else a parser says may quote the body.
const POSITION_RE = /\bposition (\d+)/;

/** The cause kept for a body that did not parse: the parser's error name and position, never its text. */
function parseFailure(error: unknown): Error {
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : '';
  const position = POSITION_RE.exec(message)?.[1];
  const cause = new Error(
    position === undefined ? 'invalid JSON' : `invalid JSON at position ${position}`,
  );
  cause.name = name;
  return cause;
}
