import {
  AuthError,
  ErrorCodes,
  type ErrorContext,
  type FitlinkError,
  matchRoute,
  ProviderError,
  type TokenErrorContext,
} from '@fitlink/core';
import { GOOGLE_HEALTH_ROUTES, googleHealthScopeOf } from './endpoints.js';
import { FitbitShutdownError } from './fitbit-shutdown-error.js';

/** Google's error body: `{ "error": { "code", "message", "status" } }` (google.rpc.Status). */
function describe(body: string): { status?: string; message?: string; oauthError?: string } {
  try {
    const parsed = JSON.parse(body) as {
      error?: unknown;
      error_description?: unknown;
    } | null;
    if (parsed === null || typeof parsed !== 'object') return {};
    const { error } = parsed;
    if (typeof error === 'string') {
      // OAuth-style body (token endpoint): `{ "error": "invalid_grant", "error_description": … }`.
      const description =
        typeof parsed.error_description === 'string' ? parsed.error_description : undefined;
      return { oauthError: error, ...(description ? { message: description } : {}) };
    }
    if (error === null || typeof error !== 'object') return {};
    const { status, message } = error as { status?: unknown; message?: unknown };
    return {
      ...(typeof status === 'string' ? { status } : {}),
      ...(typeof message === 'string' ? { message } : {}),
    };
  } catch {
    return {};
  }
}

/** The scope a refused request needs, from its route's data type. */
function scopeOf(endpoint: string): string | undefined {
  const [method = '', path = ''] = endpoint.split(' ', 2);
  const relative = path.replace(/^\/v4(beta)?\//, '');
  const match = matchRoute(GOOGLE_HEALTH_ROUTES, method, relative);
  const dataType = match?.params.dataType;
  if (dataType) return googleHealthScopeOf(dataType);
  return undefined;
}

/**
 * Maps Google Health API error answers to fitlink errors: 410 (the Fitbit Web API's answer since
 * 2026-11-02, met when a Fitbit token or URL is still in use) → {@link FitbitShutdownError};
 * 401 → {@link @fitlink/core!AuthError} `unauthorized`; 403 `PERMISSION_DENIED` →
 * {@link @fitlink/core!ProviderError} `forbidden` naming the data type's scope; anything else
 * falls through to core's mapping (429 and 5xx included).
 *
 * @param context - The error answer.
 * @returns The error, or `undefined` for the default mapping.
 */
export function mapGoogleHealthError(context: ErrorContext): FitlinkError | undefined {
  const { status, endpoint, secrets } = context;
  if (status === 410) return new FitbitShutdownError({ endpoint, secrets });
  const { status: rpcStatus, message } = describe(context.body);
  if (status === 401) {
    return new AuthError(`google-health refused the access token (401) for ${endpoint}`, {
      code: ErrorCodes.unauthorized,
      provider: 'google-health',
      secrets,
      ...(rpcStatus ? { oauthError: rpcStatus } : {}),
      ...(message ? { description: message } : {}),
    });
  }
  if (status === 403) {
    const scope = scopeOf(endpoint);
    return new ProviderError(
      `google-health refused ${endpoint} (403${rpcStatus ? ` ${rpcStatus}` : ''})${scope ? `: it needs the ${scope} scope` : ''}`,
      {
        code: ErrorCodes.forbidden,
        provider: 'google-health',
        status,
        endpoint,
        body: context.body,
        secrets,
      },
    );
  }
  return undefined;
}

/**
 * Maps token endpoint answers Google words its own way: a 410 (a Fitbit token endpoint, shut
 * since 2026-11-02) → {@link FitbitShutdownError}; everything else (Google answers RFC 6749
 * bodies, `invalid_grant` for a revoked or expired refresh token) → core's standard mapping.
 *
 * @param context - The token endpoint's error answer.
 */
export function mapGoogleHealthTokenError(context: TokenErrorContext): FitlinkError | undefined {
  if (context.status === 410) return new FitbitShutdownError({ provider: context.provider });
  return undefined;
}
