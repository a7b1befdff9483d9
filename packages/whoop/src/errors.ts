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
import { WHOOP_API_BASE_URL, WHOOP_ROUTES } from './endpoints.js';

interface WhoopErrorBody {
  error?: unknown;
  error_description?: unknown;
  error_hint?: unknown;
  message?: unknown;
}

function readBody(text: string): WhoopErrorBody {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as WhoopErrorBody) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

// The API base's path (`/developer/`): an error's endpoint is `METHOD /developer/v2/…`.
const API_PATH = new URL(WHOOP_API_BASE_URL).pathname;

/** The scopes the route of an endpoint (`GET /developer/v2/cycle/1`) needs, from the route table. */
function scopesOf(endpoint: string): readonly string[] {
  const [method = '', path = ''] = endpoint.split(/\s+/, 2);
  const relative = path.startsWith(API_PATH) ? path.slice(API_PATH.length) : path;
  const route = matchRoute(WHOOP_ROUTES, method, relative);
  return route ? routeScopes(route.route) : [];
}

/**
 * Maps WHOOP API error answers to fitlink errors: a 403 names the scope the route needs (the
 * user may have unticked it on the consent screen). Other statuses keep core's mapping
 * (401 → `AuthError`, the rest → `ProviderError` with a body excerpt).
 *
 * @param context - The error answer and its request.
 * @returns The error to throw, or `undefined` for core's default mapping.
 */
export function mapWhoopError(context: ErrorContext): FitlinkError | undefined {
  if (context.status !== 403) return undefined;
  const scope = scopesOf(context.endpoint).join(' and ');
  const body = readBody(context.body);
  const detail = text(body.message) ?? text(body.error_description) ?? text(body.error);
  return new ProviderError(
    `whoop refused ${context.endpoint} (403)${scope ? `: the connection may lack the ${scope} scope` : ''}${detail ? ` (${detail})` : ''}`,
    {
      provider: 'whoop',
      status: 403,
      endpoint: context.endpoint,
      body: context.body,
      secrets: context.secrets,
      code: ErrorCodes.forbidden,
    },
  );
}

/**
 * Maps WHOOP's token endpoint errors (ORY Hydra bodies: `error`, `error_description` and an
 * `error_hint` that says what was wrong) to `AuthError`, keeping the hint in the description.
 * A reused or revoked refresh token (`invalid_grant`, or Hydra's `token_inactive`) tells the app
 * to reconnect the user.
 *
 * @param context - The token endpoint's error answer.
 * @returns The error to throw, or `undefined` for the standard OAuth mapping.
 */
export function mapWhoopTokenError(context: TokenErrorContext): FitlinkError | undefined {
  const body = readBody(context.body);
  const error = text(body.error);
  if (error === undefined) return undefined;
  const description = [text(body.error_description), text(body.error_hint)]
    .filter(Boolean)
    .join(' ');
  const base = {
    provider: 'whoop',
    oauthError: error,
    ...(description ? { description } : {}),
  };
  if (error === 'invalid_grant' || error === 'token_inactive') {
    return new AuthError(
      `whoop rejected the ${context.operation === 'refresh' ? 'refresh token' : 'grant'} (${error}): the user must reconnect`,
      base,
    );
  }
  if (error === 'invalid_client' || error === 'unauthorized_client') {
    return new AuthError(
      `whoop rejected the client credentials (${error}): check the client id and secret`,
      { ...base, code: ErrorCodes.invalidClient, reconnect: false },
    );
  }
  return undefined;
}
