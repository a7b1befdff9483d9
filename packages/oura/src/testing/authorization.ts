import type { FakeAuthorizationServerOptions } from '@fitlink/testing';
import { SANDBOX_CLIENT } from '@fitlink/testing';
import { type HttpHandler, http } from 'msw';
import {
  OURA_AUTHORIZE_URL,
  OURA_ISSUER,
  OURA_LEGACY_AUTHORIZE_URL,
  OURA_LEGACY_TOKEN_URL,
  OURA_REVOKE_URL,
  OURA_TOKEN_URL,
} from '../endpoints.js';
import { OURA_SCOPES } from '../scopes.js';

/** The switches of Oura's sandbox authorization servers. */
export interface OuraAuthorizationKnobs {
  /** Whether the discovery document answers (`false`: 503). */
  discoveryAvailable: boolean;
  /**
   * Whether the legacy token endpoint burns the code it refuses. Oura's codes are single-use:
   * a code sent to `api.ouraring.com/oauth/token` by a new-portal app is refused there
   * (`400 invalid_request`) and no longer works at `moi.ouraring.com` either.
   */
  legacyBurnsCode: boolean;
}

/** Counters of the OAuth side the sandbox adds to Oura's plugin stats. */
export interface OuraAuthorizationStats {
  /** Discovery document reads. */
  discoveryRequests: number;
  /** Requests to the legacy token endpoint. */
  legacyTokenRequests: number;
  /** Codes refused because an earlier request burnt them. */
  burntCodeExchanges: number;
}

const MOI = new URL(OURA_TOKEN_URL).origin;

/** Oura's Curity server on `moi.ouraring.com`, purely by options. */
export function ouraAuthorization(
  clock: (() => number) | undefined,
): FakeAuthorizationServerOptions {
  return {
    baseUrl: MOI,
    authorizePath: new URL(OURA_AUTHORIZE_URL).pathname,
    tokenPath: new URL(OURA_TOKEN_URL).pathname,
    // Revocation goes through the legacy `api.ouraring.com/oauth/revoke`, served below.
    revokePath: null,
    clients: [{ ...SANDBOX_CLIENT, authMethod: 'client_secret_basic' }],
    scopeSeparator: ' ',
    supportedScopes: Object.keys(OURA_SCOPES),
    // Oura's refresh tokens are single-use.
    refreshTokenOnRefresh: 'rotate',
    accessTokenTtlSeconds: 86_400,
    ...(clock ? { now: clock } : {}),
  };
}

/** The OpenID discovery document the sandbox serves for {@link OURA_ISSUER}. */
export function ouraDiscoveryDocument(): Record<string, unknown> {
  return {
    issuer: OURA_ISSUER,
    authorization_endpoint: OURA_AUTHORIZE_URL,
    token_endpoint: OURA_TOKEN_URL,
    scopes_supported: Object.keys(OURA_SCOPES),
    response_types_supported: ['code'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    code_challenge_methods_supported: ['S256', 'plain'],
  };
}

async function formCode(request: Request): Promise<string | null> {
  const form = new URLSearchParams(await request.clone().text());
  return form.get('grant_type') === 'authorization_code' ? form.get('code') : null;
}

/**
 * The OAuth handlers around the fake server: the discovery document, the legacy token endpoint
 * (refusing new-portal apps with `400 invalid_request` and burning the code), a guard on the
 * `moi` token endpoint that refuses burnt codes, the legacy revocation endpoint and the
 * `cloud.ouraring.com` authorize redirect.
 *
 * @param parts - The knobs, counters and the fake server's grant revocation.
 */
export function createOuraAuthorizationHandlers(parts: {
  knobs: OuraAuthorizationKnobs;
  stats: OuraAuthorizationStats;
  revokeGrant: (token: string) => number;
}): HttpHandler[] {
  const burnt = new Set<string>();
  const { knobs, stats } = parts;
  return [
    http.get(`${OURA_ISSUER}/.well-known/openid-configuration`, () => {
      stats.discoveryRequests += 1;
      if (!knobs.discoveryAvailable) return new Response('Service Unavailable', { status: 503 });
      return Response.json(ouraDiscoveryDocument());
    }),
    http.post(OURA_LEGACY_TOKEN_URL, async ({ request }) => {
      stats.legacyTokenRequests += 1;
      const code = await formCode(request);
      if (code !== null && knobs.legacyBurnsCode) burnt.add(code);
      return Response.json(
        {
          error: 'invalid_request',
          error_description:
            'The request is missing a required parameter or is otherwise malformed.',
        },
        { status: 400 },
      );
    }),
    http.post(OURA_TOKEN_URL, async ({ request }) => {
      const code = await formCode(request);
      if (code === null || !burnt.has(code)) return undefined;
      stats.burntCodeExchanges += 1;
      return Response.json(
        {
          error: 'invalid_grant',
          error_description: 'The authorization code has already been used.',
        },
        { status: 400 },
      );
    }),
    http.get(OURA_REVOKE_URL, ({ request }) => {
      const token = new URL(request.url).searchParams.get('access_token');
      if (token) parts.revokeGrant(token);
      return new Response(null, { status: 200 });
    }),
    http.get(OURA_LEGACY_AUTHORIZE_URL, ({ request }) => {
      const target = new URL(OURA_AUTHORIZE_URL);
      target.search = new URL(request.url).search;
      return new Response(null, { status: 302, headers: { location: target.href } });
    }),
  ];
}
