import {
  AuthError,
  ErrorCodes,
  type ErrorContext,
  type FitlinkError,
  ProviderError,
} from '@fitlink/core';

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

/**
 * Maps SmashRun's API error answers to fitlink errors. SmashRun answers OAuth-style
 * `{"error","error_description"}` bodies (and ASP.NET `{"Message"}` ones on some routes):
 * 401 → {@link @fitlink/core!AuthError} `unauthorized` with the provider's description; 403 →
 * {@link @fitlink/core!ProviderError} `forbidden` naming the missing scope (uploads and weight recordings need
 * `write_activity`); anything else falls through to core's mapping (429 never reaches here).
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
    const write = !endpoint.startsWith('GET ');
    return new ProviderError(
      `smashrun refused ${endpoint} (403)${write ? ': it needs the write_activity scope' : ''}`,
      {
        code: ErrorCodes.forbidden,
        provider: 'smashrun',
        status,
        endpoint,
        body: context.body,
        secrets,
      },
    );
  }
  return undefined;
}
