import {
  AuthError,
  ErrorCodes,
  type ErrorContext,
  type FitlinkError,
  matchRoute,
  ProviderError,
  routeScopes,
} from '@fitlink/core';
import { SMASHRUN_API_BASE_URL, SMASHRUN_ROUTES } from './endpoints.js';
import type { SmashrunScope } from './scopes.js';

/** What SmashRun's error answers may hold: OAuth-style fields or an ASP.NET `Message`. */
interface SmashrunErrorBody {
  error?: unknown;
  error_description?: unknown;
  message?: unknown;
  Message?: unknown;
}

function describe(body: string): { error?: string; description?: string } {
  try {
    const parsed = JSON.parse(body) as SmashrunErrorBody | null;
    if (parsed === null || typeof parsed !== 'object') return {};
    const error = typeof parsed.error === 'string' ? parsed.error : undefined;
    const text = [parsed.error_description, parsed.message, parsed.Message].find(
      (value): value is string => typeof value === 'string' && value !== '',
    );
    return { ...(error ? { error } : {}), ...(text ? { description: text } : {}) };
  } catch {
    return {};
  }
}

const API_PATH = new URL(SMASHRUN_API_BASE_URL).pathname;

/** The scopes the refused route needs, read from {@link SMASHRUN_ROUTES}. */
function scopesOf(endpoint: string): readonly SmashrunScope[] {
  const [method = '', path = ''] = endpoint.split(' ', 2);
  const relative = path.startsWith(API_PATH) ? path.slice(API_PATH.length) : path;
  const route = matchRoute(SMASHRUN_ROUTES, method, relative);
  if (route) return routeScopes(route.route);
  // Edits and deletions (PUT, PATCH, DELETE through client.http) are not in the table; they
  // need write_activity like every other write.
  return method === 'GET' ? [] : ['write_activity'];
}

/**
 * Maps SmashRun's API error answers to fitlink errors. SmashRun answers OAuth-style
 * `{"error","error_description"}` bodies (and ASP.NET `{"Message"}` ones on some routes):
 * 401 → {@link @fitlink/core!AuthError} `unauthorized` with the provider's description; 403 →
 * {@link @fitlink/core!ProviderError} `forbidden` naming the scope the route needs in
 * {@link SMASHRUN_ROUTES} (uploads and weight recordings need `write_activity`); anything else
 * falls through to core's mapping (429 never reaches here).
 *
 * @param context - The error answer.
 * @returns The error, or `undefined` for the default mapping.
 */
export function mapSmashrunError(context: ErrorContext): FitlinkError | undefined {
  const { status, endpoint, secrets } = context;
  const { error, description } = describe(context.body);
  if (status === 401) {
    return new AuthError(`smashrun refused the access token (401) for ${endpoint}`, {
      code: ErrorCodes.unauthorized,
      provider: 'smashrun',
      secrets,
      ...(error ? { oauthError: error } : {}),
      ...(description ? { description } : {}),
    });
  }
  if (status === 403) {
    const scopes = scopesOf(endpoint);
    const needs = scopes.length > 0 ? `: it needs the ${scopes.join(' and ')} scope` : '';
    return new ProviderError(`smashrun refused ${endpoint} (403)${needs}`, {
      code: ErrorCodes.forbidden,
      provider: 'smashrun',
      status,
      endpoint,
      body: context.body,
      secrets,
    });
  }
  return undefined;
}
