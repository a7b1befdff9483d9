import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError, createOAuth2App, ErrorCodes, type OAuth2Endpoints } from '../../src/index.js';
import {
  authorize,
  type CallbackEdit,
  connect,
  dropIss,
  exchange,
  foreignIss,
  jwtPayload,
  tokenRequests,
} from './flow.js';
import { CLIENTS, type InteropServer, REDIRECT_URI, startInteropServer } from './interop-server.js';

// Keycloak-like (a path) and Auth0-like (a trailing slash): neither is the bare origin.
const shapes = { path: '/realms/fitlink', 'trailing slash': '/' } as const;
const servers = new Map<string, InteropServer>();
beforeAll(async () => {
  for (const [shape, issuerPath] of Object.entries(shapes)) {
    servers.set(shape, await startInteropServer({ issuerPath }));
  }
});
afterAll(() => Promise.all([...servers.values()].map((server) => server.close())));

function appFor(server: InteropServer, issuer: string | undefined) {
  const endpoints: OAuth2Endpoints = {
    ...server.endpoints,
    ...(issuer === undefined ? {} : { issuer }),
  };
  return createOAuth2App({
    provider: 'interop',
    ...CLIENTS.basic,
    redirectUri: REDIRECT_URI,
    scopes: ['openid'],
    endpoints,
    fetch: server.fetch,
  });
}

async function failure(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.catch((caught: unknown) => caught);
  if (!(error instanceof AuthError)) throw new Error(`expected an AuthError, got ${error}`);
  return error;
}

describe.each(Object.keys(shapes))('an issuer with a %s', (shape) => {
  const server = () => servers.get(shape) as InteropServer;

  it.each([
    ['with', undefined],
    ['without', dropIss],
  ] as [string, CallbackEdit | undefined][])(
    'connects %s iss on the callback when endpoints.issuer is set',
    async (_, edit) => {
      const tokens = await connect(appFor(server(), server().issuer), server(), edit);
      expect(jwtPayload(tokens.idToken).iss).toBe(server().issuer);
    },
  );

  it('without endpoints.issuer, a callback with iss is refused before the code is sent, saying what to set', async () => {
    const guessing = appFor(server(), undefined);
    const authorized = await authorize(guessing, server());
    const before = tokenRequests(server());
    const error = await failure(exchange(guessing, authorized));
    expect(error).toMatchObject({ code: ErrorCodes.issuerMismatch, reconnect: false });
    expect(error.message).toContain(`set endpoints.issuer: "${server().issuer}"`);
    expect(error.message).toContain('the code was not sent');
    expect(tokenRequests(server())).toBe(before);
    // The code is still unspent: the corrected app exchanges it.
    const tokens = await exchange(appFor(server(), server().issuer), authorized);
    expect(tokens.accessToken).toEqual(expect.any(String));
  });

  it('without endpoints.issuer and without iss, the ID token check says the code was spent and what to set', async () => {
    const guessing = appFor(server(), undefined);
    const authorized = await authorize(guessing, server(), dropIss);
    const error = await failure(exchange(guessing, authorized));
    expect(error).toMatchObject({ code: ErrorCodes.issuerMismatch });
    expect(error.message).toContain(`ID token from issuer "${server().issuer}"`);
    expect(error.message).toContain('the code was spent');
    expect(error.message).toContain(`set endpoints.issuer: "${server().issuer}"`);
    expect(JSON.stringify(error)).not.toMatch(/eyJ/);
    // Following the advice, the next connection keeps its tokens.
    const tokens = await connect(appFor(server(), server().issuer), server(), dropIss);
    expect(tokens.refreshToken ?? tokens.accessToken).toEqual(expect.any(String));
  });

  it('a foreign iss is refused before the code is sent', async () => {
    const app = appFor(server(), server().issuer);
    const authorized = await authorize(app, server(), foreignIss);
    const before = tokenRequests(server());
    const error = await failure(exchange(app, authorized));
    expect(error).toMatchObject({ code: ErrorCodes.issuerMismatch, reconnect: false });
    expect(error.message).toContain('"https://attacker.fitlink.test"');
    expect(tokenRequests(server())).toBe(before);
  });
});
