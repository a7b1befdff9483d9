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
import { OURA_ROUTES } from './endpoints.js';

interface OuraErrorBody {
  detail?: unknown;
  error?: unknown;
  error_description?: unknown;
}

function readBody(text: string): OuraErrorBody {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as OuraErrorBody) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** Oura's `detail`: a string, or FastAPI's list of `{ loc, msg }` for a 422. */
function detailText(detail: unknown): string | undefined {
  if (typeof detail === 'string') return text(detail);
  if (!Array.isArray(detail)) return undefined;
  const messages = detail
    .map((item) =>
      typeof item === 'object' && item !== null ? (item as { msg?: unknown }).msg : undefined,
    )
    .filter((message): message is string => typeof message === 'string');
  return messages.length > 0 ? messages.join('; ') : undefined;
}

/** The scopes the route of an endpoint (`GET /v2/usercollection/workout`) needs. */
function scopesOf(endpoint: string): readonly string[] {
  const [method = '', path = ''] = endpoint.split(/\s+/, 2);
  const route = matchRoute(OURA_ROUTES, method, path.replace(/^\//, ''));
  return route ? routeScopes(route.route) : [];
}

/**
 * Maps Oura API error answers (`{"detail": …}`) to fitlink errors: a 403 names the scope the
 * route needs (users consent per data type) and says that an expired Oura membership gives the
 * same answer; a 422's validation messages are kept. Other statuses keep core's mapping
 * (401 → `AuthError`, 429 → rate limit, the rest → `ProviderError`).
 *
 * @param context - The error answer and its request.
 * @returns The error to throw, or `undefined` for core's default mapping.
 */
export function mapOuraError(context: ErrorContext): FitlinkError | undefined {
  if (context.status !== 403 && context.status !== 422) return undefined;
  const detail = detailText(readBody(context.body).detail);
  if (context.status === 422) {
    return new ProviderError(
      `oura refused ${context.endpoint} (422)${detail ? `: ${detail}` : ''}`,
      {
        provider: 'oura',
        status: 422,
        endpoint: context.endpoint,
        body: context.body,
        secrets: context.secrets,
        code: ErrorCodes.invalidArgument,
      },
    );
  }
  const scope = scopesOf(context.endpoint).join(' and ');
  return new ProviderError(
    `oura refused ${context.endpoint} (403)${scope ? `: the user may not have granted the ${scope} scope` : ''}, or their Oura membership has lapsed${detail ? ` (${detail})` : ''}`,
    {
      provider: 'oura',
      status: 403,
      endpoint: context.endpoint,
      body: context.body,
      secrets: context.secrets,
      code: ErrorCodes.forbidden,
    },
  );
}

/**
 * Maps Oura's token endpoint errors to `AuthError`. A spent (single-use) refresh token or code is
 * `invalid_grant`: the user must reconnect. The legacy endpoint's `400 invalid_request` for an
 * app of the new developer portal is said for what it is: a configuration error, not the user's.
 *
 * @param context - The token endpoint's error answer.
 * @returns The error to throw, or `undefined` for the standard OAuth mapping.
 */
export function mapOuraTokenError(context: TokenErrorContext): FitlinkError | undefined {
  const body = readBody(context.body);
  const error = text(body.error);
  if (error === undefined) return undefined;
  const description = text(body.error_description);
  const base = { provider: 'oura', oauthError: error, ...(description ? { description } : {}) };
  if (error === 'invalid_grant') {
    return new AuthError(
      `oura rejected the ${context.operation === 'refresh' ? 'refresh token (Oura refresh tokens are single-use)' : 'authorization code (codes are single-use)'}: the user must reconnect`,
      base,
    );
  }
  if (error === 'invalid_request' && context.status === 400 && context.operation !== 'revoke') {
    return new AuthError(
      'oura answered invalid_request: apps of the new developer portal must use the moi.ouraring.com token endpoint (endpoints: "discover" or "moi")',
      { ...base, code: ErrorCodes.invalidClient, reconnect: false },
    );
  }
  if (error === 'invalid_client' || error === 'unauthorized_client') {
    return new AuthError(
      `oura rejected the client credentials (${error}): check the client id and secret`,
      { ...base, code: ErrorCodes.invalidClient, reconnect: false },
    );
  }
  return undefined;
}
