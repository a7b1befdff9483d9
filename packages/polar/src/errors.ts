import {
  AuthError,
  ErrorCodes,
  type ErrorContext,
  type FitlinkError,
  matchRoute,
  ProviderError,
  routeScopes,
  type TokenErrorContext,
} from '@fitlink/core';
import { POLAR_API_BASE_URL, POLAR_ROUTES } from './endpoints.js';

interface PolarErrorBody {
  error?: unknown;
  error_description?: unknown;
  message?: unknown;
}

function readBody(text: string): PolarErrorBody {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as PolarErrorBody) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

const API_PATH = new URL(POLAR_API_BASE_URL).pathname;

function scopesOf(endpoint: string): readonly string[] {
  const [method = '', path = ''] = endpoint.split(/\s+/, 2);
  if (!path.startsWith(API_PATH)) return [];
  const route = matchRoute(POLAR_ROUTES, method, path.slice(API_PATH.length));
  return route ? routeScopes(route.route) : [];
}

/**
 * Maps AccessLink error answers to fitlink errors: a v4 403 names the scope the route needs
 * (Polar grants only the scopes consented to in that authorization); a v3 403 means the user
 * has not accepted Polar's mandatory consents. Other statuses keep core's mapping (401 →
 * `AuthError`, the rest → `ProviderError` with a body excerpt).
 *
 * @param context - The error answer and its request.
 * @returns The error to throw, or `undefined` for core's default mapping.
 */
export function mapPolarError(context: ErrorContext): FitlinkError | undefined {
  if (context.status !== 403) return undefined;
  const scope = scopesOf(context.endpoint).join(' and ');
  const body = readBody(context.body);
  const detail = text(body.message) ?? text(body.error_description) ?? text(body.error);
  const reason = scope
    ? `: the connection may lack the ${scope} scope`
    : ': the user may not have accepted Polar’s mandatory consents (account.polar.com)';
  return new ProviderError(
    `polar refused ${context.endpoint} (403)${reason}${detail ? ` (${detail})` : ''}`,
    {
      provider: 'polar',
      status: 403,
      endpoint: context.endpoint,
      body: context.body,
      secrets: context.secrets,
      code: ErrorCodes.forbidden,
    },
  );
}

/**
 * Maps Polar's token endpoint errors to `AuthError`: a used, expired or revoked code or
 * refresh token (`invalid_grant`) tells the app to reconnect the user; bad client credentials
 * (`invalid_client`, `unauthorized_client`) are the app's to fix, not the user's.
 *
 * @param context - The token endpoint's error answer.
 * @returns The error to throw, or `undefined` for the standard OAuth mapping.
 */
export function mapPolarTokenError(context: TokenErrorContext): FitlinkError | undefined {
  const body = readBody(context.body);
  const error = text(body.error);
  if (error === undefined) return undefined;
  const description = text(body.error_description);
  const base = { provider: 'polar', oauthError: error, ...(description ? { description } : {}) };
  if (error === 'invalid_grant') {
    return new AuthError(
      `polar rejected the ${context.operation === 'refresh' ? 'refresh token' : 'authorization code'} (invalid_grant): the user must reconnect`,
      base,
    );
  }
  if (error === 'invalid_client' || error === 'unauthorized_client') {
    return new AuthError(
      `polar rejected the client credentials (${error}): check the client id and secret`,
      { ...base, code: ErrorCodes.invalidClient, reconnect: false },
    );
  }
  return undefined;
}
