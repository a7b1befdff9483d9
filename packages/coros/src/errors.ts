import {
  AuthError,
  ErrorCodes,
  type ErrorContext,
  type FitlinkError,
  type FitlinkErrorOptions,
  ProviderError,
} from '@fitlink/core';
import type { CorosEnvelope } from './schemas/envelope.js';

/**
 * What a COROS result code means for the app:
 * - `permission`: the app lacks a permission COROS must enable (`30009`);
 * - `retryable`: a transient failure, try again later (`5016`);
 * - `duplicate`: the file or route was uploaded before (`5082`, `13001`);
 * - `rejected-file`: too large (`1008`), unsupported (`5096`) or unprocessable (`5098`);
 * - `other`: any other code.
 *
 * Codes that need the user to reconnect (`5006`, `5010`) become an `AuthError` instead.
 */
export type CorosResultKind = 'permission' | 'retryable' | 'duplicate' | 'rejected-file' | 'other';

/** Result codes that mean the token or open id is no longer valid: reconnect the user. */
export const COROS_RECONNECT_RESULTS: readonly string[] = ['5006', '5010'];

const KINDS: Readonly<Record<string, CorosResultKind>> = {
  '30009': 'permission',
  '5016': 'retryable',
  '5082': 'duplicate',
  '13001': 'duplicate',
  '1008': 'rejected-file',
  '5096': 'rejected-file',
  '5098': 'rejected-file',
};

/**
 * A COROS answer whose envelope carried an error `result` (COROS answers HTTP 200 for most of
 * them). `kind` says what to do; `retryable` is true for transient codes.
 */
export class CorosResultError extends ProviderError {
  /** COROS' result code (`"30009"` …). */
  readonly result: string;
  /** What the code means for the app. */
  readonly kind: CorosResultKind;
  /** Whether the same request may succeed later. */
  readonly retryable: boolean;

  /**
   * @param message - What failed.
   * @param options - The result code, status, endpoint, body excerpt and common options.
   */
  constructor(
    message: string,
    options: FitlinkErrorOptions & {
      result: string;
      status: number;
      endpoint: string;
      body?: string;
    },
  ) {
    const kind = KINDS[options.result] ?? 'other';
    super(message, {
      ...options,
      code:
        options.code ?? (kind === 'permission' ? ErrorCodes.forbidden : ErrorCodes.providerHttp),
    });
    this.name = 'CorosResultError';
    this.result = options.result;
    this.kind = kind;
    this.retryable = kind === 'retryable';
  }
}

/** What {@link corosResultError} needs to build the error. */
export interface CorosResultContext {
  /** The envelope's result code. */
  readonly result: string;
  /** The envelope's message, when any. */
  readonly message?: string | null | undefined;
  /** Method and path of the request. */
  readonly endpoint: string;
  /** HTTP status of the answer. @defaultValue 200 */
  readonly status?: number;
  /** Secrets to keep out of the error. @defaultValue none */
  readonly secrets?: readonly string[];
}

/**
 * The fitlink error for a COROS error result: `5006`/`5010` (invalid token or open id) an
 * {@link @fitlink/core!AuthError} asking to reconnect; anything else a {@link CorosResultError}.
 *
 * @param context - The result code and where it came from.
 * @example
 * ```ts
 * corosResultError({ result: '30009', endpoint: 'GET /coros/daily/query' }).kind; // 'permission'
 * ```
 */
export function corosResultError(context: CorosResultContext): FitlinkError {
  const { result, endpoint } = context;
  const secrets = context.secrets ?? [];
  const said = context.message ? `: ${context.message}` : '';
  if (COROS_RECONNECT_RESULTS.includes(result)) {
    return new AuthError(`coros refused the token or open id (${result}) for ${endpoint}${said}`, {
      code: ErrorCodes.invalidGrant,
      provider: 'coros',
      reconnect: true,
      oauthError: result,
      secrets,
      ...(context.message ? { description: context.message } : {}),
    });
  }
  return new CorosResultError(`coros answered ${result} for ${endpoint}${said}`, {
    provider: 'coros',
    result,
    status: context.status ?? 200,
    endpoint,
    secrets,
    ...(context.message ? { body: context.message } : {}),
  });
}

/**
 * The payload of a COROS envelope, or the error its result code stands for.
 *
 * @param envelope - The validated envelope.
 * @param endpoint - Method and path, for the error.
 * @param secrets - Secrets to keep out of the error.
 * @throws {@link @fitlink/core!AuthError} for `5006`/`5010`, {@link CorosResultError} for other codes.
 */
export function unwrapCorosEnvelope<T>(
  envelope: { result: string; message?: string | null | undefined; data?: T | undefined },
  endpoint: string,
  secrets: readonly string[] = [],
): T | undefined {
  if (envelope.result === '0000') return envelope.data;
  throw corosResultError({ result: envelope.result, message: envelope.message, endpoint, secrets });
}

function readEnvelope(body: string): Pick<CorosEnvelope, 'result' | 'message'> | undefined {
  try {
    const parsed = JSON.parse(body) as { result?: unknown; message?: unknown } | null;
    if (parsed === null || typeof parsed !== 'object') return undefined;
    const result =
      typeof parsed.result === 'string' || typeof parsed.result === 'number'
        ? String(parsed.result)
        : undefined;
    if (result === undefined || result === '0000') return undefined;
    return { result, message: typeof parsed.message === 'string' ? parsed.message : null };
  } catch {
    return undefined;
  }
}

/**
 * Maps COROS' HTTP error answers: a body with an envelope `result` becomes the error of that
 * code (see {@link corosResultError}); a bare 401 an {@link @fitlink/core!AuthError}
 * `unauthorized`; anything else falls through to core's mapping (429 never reaches here).
 *
 * @param context - The error answer.
 * @returns The error, or `undefined` for the default mapping.
 */
export function mapCorosError(context: ErrorContext): FitlinkError | undefined {
  const envelope = readEnvelope(context.body);
  if (envelope) {
    return corosResultError({
      result: envelope.result,
      message: envelope.message,
      endpoint: context.endpoint,
      status: context.status,
      secrets: context.secrets,
    });
  }
  if (context.status === 401) {
    return new AuthError(`coros refused the access token (401) for ${context.endpoint}`, {
      code: ErrorCodes.unauthorized,
      provider: 'coros',
      secrets: context.secrets,
    });
  }
  return undefined;
}
