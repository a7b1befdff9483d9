import {
  AuthError,
  ErrorCodes,
  type ErrorContext,
  type FitlinkError,
  type FitlinkErrorOptions,
  ProviderError,
  type TokenErrorContext,
} from '@fitlink/core';
import { STRAVA_API_SETTINGS_URL } from './endpoints.js';
import { type StravaFault, stravaFaultSchema } from './schemas/fault.js';

/**
 * Strava answered `403 {"resource":"Application","field":"Status","code":"Inactive"}`: the
 * developer application itself is inactive, so every call of every athlete fails, while their
 * tokens stay valid (refreshes still succeed). Since 2026-06-30 a Standard Tier app needs its
 * owner to hold a Strava subscription; a lapsed one makes the app inactive. Reconnecting athletes
 * does not help: the app's owner must subscribe and reactivate the app on
 * {@link STRAVA_API_SETTINGS_URL} (or the app must move to the Extended Access Tier), and access
 * can take a while to come back. A `ProviderError` with status 403 and code `forbidden`, so
 * generic 403 handling still applies; catch this class to tell the app's operator what to do.
 *
 * @see https://communityhub.strava.com/insider-journal-9/an-update-to-our-developer-program-13428
 */
export class StravaApplicationInactiveError extends ProviderError {
  /** Where the app's owner reactivates it: {@link STRAVA_API_SETTINGS_URL}. */
  readonly settingsUrl: string = STRAVA_API_SETTINGS_URL;

  /**
   * @param endpoint - Method and path that was refused.
   * @param options - Status (403 unless Strava said otherwise), response body and the common
   * options.
   */
  constructor(
    endpoint: string,
    options: FitlinkErrorOptions & { status?: number; body?: string } = {},
  ) {
    super(
      `strava refused ${endpoint}: the developer application is inactive (Application Status Inactive). Every athlete's calls fail until it is active again; their tokens stay valid, do not disconnect them. The Strava account that owns the app must have an active Strava subscription (Standard Tier, since 2026-06-30): subscribe, then reactivate the app at ${STRAVA_API_SETTINGS_URL}, or apply for the Extended Access Tier`,
      {
        ...options,
        provider: 'strava',
        status: options.status ?? 403,
        endpoint,
        code: ErrorCodes.forbidden,
      },
    );
  }
}

/**
 * Whether a Strava error body is the `Application Status Inactive` answer of a lapsed developer
 * application.
 *
 * @param fault - A parsed Strava error body.
 */
export function isStravaApplicationInactive(fault: StravaFault | undefined): boolean {
  return (fault?.errors ?? []).some(
    (error) =>
      error.resource?.toLowerCase() === 'application' &&
      error.field?.toLowerCase() === 'status' &&
      error.code?.toLowerCase() === 'inactive',
  );
}

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
 * @returns An {@link @fitlink/core!AuthError} (`invalid_grant` or `invalid_client`), a
 * {@link StravaApplicationInactiveError} for an inactive app, or `undefined` for a body that is
 * not Strava's.
 */
export function mapStravaTokenError(context: TokenErrorContext): FitlinkError | undefined {
  const fault = parseStravaFault(context.body);
  if (!fault?.errors?.length) return undefined;
  // An inactive app is not a bad client id or secret: say what the app's owner must do.
  if (isStravaApplicationInactive(fault)) {
    return new StravaApplicationInactiveError('POST /oauth/token', {
      status: context.status,
      body: context.body,
    });
  }
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
 * Maps an error answer of the API: a 403 `Application Status Inactive` (a lapsed developer app) is
 * a {@link StravaApplicationInactiveError}; a 401 naming a missing `*_permission` field (the user
 * unticked that scope) is an {@link @fitlink/core!AuthError} with code `missing_scope`; other
 * answers keep core's default mapping (401 → `unauthorized`, else `ProviderError` by status).
 *
 * @param context - The answer and its request.
 */
export function mapStravaError(context: ErrorContext): FitlinkError | undefined {
  const fault = parseStravaFault(context.body);
  if (context.status === 403 && isStravaApplicationInactive(fault)) {
    return new StravaApplicationInactiveError(context.endpoint, {
      body: context.body,
      secrets: context.secrets,
    });
  }
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

/**
 * Maps an error answer of `POST /oauth/revoke`, where the client authenticates with HTTP Basic:
 * a fault naming the `Application` (a wrong client id or secret) is an
 * {@link @fitlink/core!AuthError} with code `invalid_client` that does not ask the athlete to
 * reconnect, an inactive app a {@link StravaApplicationInactiveError}; other answers as
 * {@link mapStravaError}.
 *
 * @param context - The answer and its request.
 */
export function mapStravaRevokeError(context: ErrorContext): FitlinkError | undefined {
  const fault = parseStravaFault(context.body);
  if (isStravaApplicationInactive(fault)) {
    return new StravaApplicationInactiveError(context.endpoint, {
      status: context.status,
      body: context.body,
      secrets: context.secrets,
    });
  }
  if (fault && (fault.errors ?? []).some((error) => error.resource === 'Application')) {
    const description = describe(fault);
    return new AuthError(
      `strava rejected the client credentials of ${context.endpoint} (${description}): check the client id and secret`,
      {
        provider: 'strava',
        code: ErrorCodes.invalidClient,
        oauthError: 'invalid_client',
        description,
        reconnect: false,
        secrets: context.secrets,
      },
    );
  }
  return mapStravaError(context);
}
