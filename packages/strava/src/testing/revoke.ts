import type { FakeAuthorizationServer } from '@fitlink/testing';
import { type HttpHandler, http } from 'msw';
import { STRAVA_REVOKE_URL } from '../endpoints.js';
import { stravaFault } from './errors.js';
import type { StravaSandboxStats } from './plugin.js';

/** Settings of {@link createStravaRevokeHandler}. */
export interface StravaRevokeHandlerOptions {
  /** The authorization server whose grants are revoked. */
  readonly auth: FakeAuthorizationServer;
  /** The plugin's counters (`revocations`). */
  readonly stats: StravaSandboxStats;
  /** The registered client, whose HTTP Basic credentials the endpoint accepts. */
  readonly client: {
    /** The application's Client ID. */
    readonly clientId: string;
    /** The application's Client Secret. */
    readonly clientSecret: string;
  };
}

// RFC 6749 2.3.1: id and secret are form-urlencoded inside the Basic credentials.
function readBasic(header: string | null): { id: string; secret: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  let decoded: string;
  try {
    decoded = atob(match[1]);
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const decode = (value: string) => new URLSearchParams(`v=${value}`).get('v') ?? '';
  return { id: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
}

/**
 * The msw handler of `POST https://www.strava.com/oauth/revoke`, as Strava serves it since
 * 2026-06-01: HTTP Basic client credentials (anything else, a bearer token included, is a 401
 * naming the `Application`), a form with `token` (an access or refresh token: the grant behind it
 * is revoked, both tokens with it) and an optional `token_type_hint`. An unknown token is
 * answered 200, as RFC 7009 has it; a missing one 400.
 *
 * @param options - The authorization server, the counters and the registered client.
 * @example
 * ```ts
 * const handler = createStravaRevokeHandler({ auth, stats, client: { clientId, clientSecret } });
 * ```
 */
export function createStravaRevokeHandler(options: StravaRevokeHandlerOptions): HttpHandler {
  const { auth, stats, client } = options;
  return http.post(STRAVA_REVOKE_URL, async ({ request }) => {
    const credentials = readBasic(request.headers.get('authorization'));
    if (credentials?.id !== client.clientId || credentials.secret !== client.clientSecret) {
      return stravaFault(401, 'Authorization Error', {
        resource: 'Application',
        field: 'client_id',
        code: 'invalid',
      });
    }
    const form = new URLSearchParams(await request.text().catch(() => ''));
    const token = form.get('token');
    if (!token) {
      return stravaFault(400, 'Bad Request', {
        resource: 'Token',
        field: 'token',
        code: 'missing',
      });
    }
    auth.revokeGrant(token);
    stats.revocations += 1;
    return new Response(null, { status: 200 });
  });
}
