import {
  AuthError,
  ErrorCodes,
  type ErrorContext,
  type FitlinkError,
  type TokenErrorContext,
} from '@fitlink/core';
import { type StravaFault, stravaFaultSchema } from './schemas/fault.js';

/**
 * Reads a Strava error body (`{"message":…,"errors":[…]}`), or `undefined` when the body is not
 * one.
 *
 * @param body - The response body as text.
 */
export function parseStravaFault(body: string): StravaFault | undefined {
  try {
    const result = stravaFaultSchema.safeParse(JSON.parse(body));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

function describe(fault: StravaFault): string {
  const first = fault.errors?.[0];
  const detail = first ? [first.resource, first.field, first.code].filter(Boolean).join(' ') : '';
  return [fault.message, detail].filter(Boolean).join(': ');
}

/**
 * Maps an error answer of Strava's token endpoint. Strava never says `invalid_grant`: a dead
 * refresh token is `{"resource":"RefreshToken","field":"refresh_token","code":"invalid"}`, a
 * used or stale code `{"resource":"AuthorizationCode","code":"expired"|"invalid"}`, and a bad
 * client `{"resource":"Application",…}`.
 *
 * @param context - The token endpoint's answer.
 * @returns An {@link @fitlink/core!AuthError} (`invalid_grant` or `invalid_client`), or `undefined`
 * for a body that is not Strava's.
 */
export function mapStravaTokenError(context: TokenErrorContext): FitlinkError | undefined {
  const fault = parseStravaFault(context.body);
  if (!fault?.errors?.length) return undefined;
  const description = describe(fault);
  const resources = fault.errors.map((error) => error.resource ?? '');
  if (resources.includes('Application')) {
    return new AuthError(
      `strava rejected the client credentials (${description}): check the client id and secret`,
      {
        provider: 'strava',
        code: ErrorCodes.invalidClient,
        oauthError: 'invalid_client',
        description,
        reconnect: false,
      },
    );
  }
  return new AuthError(`strava rejected the grant (${description}): the user must reconnect`, {
    provider: 'strava',
    code: ErrorCodes.invalidGrant,
    oauthError: 'invalid_grant',
    description,
  });
}

/**
 * Maps an error answer of the API: a 401 naming a missing `*_permission` field (the user unticked
 * that scope) is an {@link @fitlink/core!AuthError} with code `missing_scope`; other answers keep
 * core's default mapping (401 → `unauthorized`, else `ProviderError` by status).
 *
 * @param context - The answer and its request.
 */
export function mapStravaError(context: ErrorContext): FitlinkError | undefined {
  const fault = parseStravaFault(context.body);
  const missing = fault?.errors?.find(
    (error) => error.code === 'missing' && error.field?.endsWith('_permission'),
  );
  if ((context.status === 401 || context.status === 403) && missing && fault) {
    const scope = missing.field?.replace(/_permission$/, '');
    return new AuthError(
      `strava needs the ${scope} scope for ${context.endpoint}: connect again asking for it`,
      {
        provider: 'strava',
        code: ErrorCodes.missingScope,
        description: describe(fault),
        secrets: context.secrets,
      },
    );
  }
  return undefined;
}
