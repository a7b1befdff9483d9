import {
  AuthError,
  ErrorCodes,
  type ErrorContext,
  type FitlinkError,
  ProviderError,
  RateLimitError,
  type TokenErrorContext,
} from '@fitlink/core';

/** Peloton's API error body: `{"status":401,"error_code":3020,"message":"Not logged in"}`. */
interface PelotonErrorBody {
  status?: number;
  error_code?: number;
  message?: string;
}

function readBody(body: string): PelotonErrorBody | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null ? (parsed as PelotonErrorBody) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Maps Peloton's API error answers to fitlink errors: 401 (`error_code` 3010 "Login failed",
 * 3020 "Not logged in") → {@link @fitlink/core!AuthError}; 403 "Endpoint no longer accepting requests" (the
 * retired `/auth/login`) and other 403s → {@link @fitlink/core!ProviderError} with code `forbidden`; other
 * statuses → {@link @fitlink/core!ProviderError} carrying Peloton's message. 429 never reaches here (the
 * client waits and retries).
 *
 * @param context - The error answer.
 */
export function mapPelotonError(context: ErrorContext): FitlinkError | undefined {
  const { provider, status, endpoint, secrets } = context;
  const body = readBody(context.body);
  const message = typeof body?.message === 'string' ? body.message : undefined;
  const code = typeof body?.error_code === 'number' ? ` (error_code ${body.error_code})` : '';
  if (status === 401) {
    return new AuthError(
      `Peloton refused the token for ${endpoint}: ${message ?? 'unauthorized'}${code}`,
      { provider, secrets, code: ErrorCodes.unauthorized },
    );
  }
  return new ProviderError(
    `Peloton answered ${status} for ${endpoint}${message ? `: ${message}` : ''}${code}`,
    {
      provider,
      secrets,
      status,
      endpoint,
      body: context.body,
      ...(status === 403 ? { code: ErrorCodes.forbidden } : {}),
    },
  );
}

/**
 * Maps Auth0 token-endpoint answers that are not RFC 6749 JSON: Cloudflare's rate limiting
 * (`error code: 1015`, HTTP 429) → {@link @fitlink/core!RateLimitError}; an HTML or text 403 from Cloudflare
 * → {@link @fitlink/core!ProviderError} `forbidden`. Standard `{error, error_description}` bodies get core's
 * mapping (`invalid_grant` → reconnect).
 *
 * @param context - The token endpoint's answer.
 * @param now - Current time, epoch ms.
 */
export function mapPelotonTokenError(
  context: TokenErrorContext,
  now: number,
): FitlinkError | undefined {
  const json = readBody(context.body) as { error?: unknown } | undefined;
  if (context.status === 429 || /error code: 1015/i.test(context.body)) {
    return new RateLimitError('Peloton (Cloudflare) rate-limited the token request', {
      provider: context.provider,
      retryAt: new Date(now + 60_000),
      endpoint: 'POST /oauth/token',
    });
  }
  if (typeof json?.error === 'string') return undefined;
  return new ProviderError(`Peloton token endpoint answered ${context.status}`, {
    provider: context.provider,
    status: context.status,
    endpoint: 'POST /oauth/token',
    body: context.body,
    ...(context.status === 403 ? { code: ErrorCodes.forbidden } : {}),
  });
}
