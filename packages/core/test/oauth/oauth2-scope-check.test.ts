import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthError,
  checkGrantedScopes,
  createOAuth2App,
  ErrorCodes,
  MissingScopeError,
  type OAuth2AppSettings,
  type TokenSet,
} from '../../src/index.js';

const authorizationEndpoint = 'https://auth.scopes.invalid/oauth/authorize';
const tokenEndpoint = 'https://auth.scopes.invalid/oauth/token';
const redirectUri = 'https://app.scopes.invalid/callback';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Long, unmistakable values: none of them may appear in a rendering of the error.
const ACCESS = 'at_scope_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const REFRESH = 'rt_scope_0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const SECRET = 'cs_scope_5e4d3c2b1a0f9e8d7c6b5a4938271605';

/**
 * A token endpoint granting `scope` (left out of the answer when `undefined`), as an
 * authorization server does when the user unticked scopes on its consent page.
 */
function grant(scope: string | undefined): { forms: URLSearchParams[] } {
  const forms: URLSearchParams[] = [];
  server.use(
    http.post(tokenEndpoint, async ({ request }) => {
      forms.push(new URLSearchParams(await request.text()));
      return HttpResponse.json({
        access_token: `${ACCESS}-${forms.length}`,
        refresh_token: `${REFRESH}-${forms.length}`,
        token_type: 'bearer',
        expires_in: 3600,
        ...(scope === undefined ? {} : { scope }),
      });
    }),
  );
  return { forms };
}

function app(overrides: Partial<OAuth2AppSettings> = {}) {
  return createOAuth2App({
    provider: 'example',
    clientId: 'client-1',
    clientSecret: SECRET,
    clientAuthMethod: 'client_secret_post',
    redirectUri,
    endpoints: { authorizationEndpoint, tokenEndpoint },
    scopes: ['read', 'write'],
    pkce: false,
    ...overrides,
  });
}

/** The whole connect flow against `connecting`, the callback optionally carrying a `scope`. */
async function connect(
  connecting: ReturnType<typeof app>,
  options: {
    scopes?: string[];
    callbackScope?: string;
    passScopes?: boolean;
    requiredScopes?: string[];
  } = {},
): Promise<TokenSet> {
  const request = await connecting.createAuthorization(
    options.scopes ? { scopes: options.scopes } : {},
  );
  const callback = new URL(redirectUri);
  callback.searchParams.set('code', 'code-1');
  callback.searchParams.set('state', request.state);
  if (options.callbackScope !== undefined)
    callback.searchParams.set('scope', options.callbackScope);
  return connecting.exchangeCode({
    callback,
    state: request.state,
    ...((options.passScopes ?? true) ? { scopes: request.scopes } : {}),
    ...(options.requiredScopes ? { requiredScopes: options.requiredScopes } : {}),
  });
}

async function failure(promise: Promise<unknown>): Promise<MissingScopeError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MissingScopeError);
  return error as MissingScopeError;
}

/** Every way an app might log the error. */
function renderings(error: Error): string {
  return [
    error.message,
    String(error.stack),
    String(error),
    JSON.stringify(error),
    JSON.stringify((error as { toJSON?: () => unknown }).toJSON?.()),
    JSON.stringify(Object.entries(error)),
  ].join('\n');
}

describe('createOAuth2App scope check after the code exchange', () => {
  it('asked read+write, granted read: AuthError missing_scope naming write, tokens on the error only', async () => {
    const { forms } = grant('read');
    const error = await failure(connect(app()));
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({
      name: 'MissingScopeError',
      code: ErrorCodes.missingScope,
      provider: 'example',
      missingScopes: ['write'],
      grantedScopes: ['read'],
      requiredScopes: ['read', 'write'],
      stage: 'exchange',
      reconnect: false,
    });
    expect(error.message).toContain('write');
    expect(error.message).toContain('granted: read');
    // The code was redeemed: the provider's tokens are handed over, for revoking or storing.
    expect(forms).toHaveLength(1);
    expect(error.tokens).toMatchObject({ accessToken: `${ACCESS}-1`, scope: ['read'] });
    expect(error.tokens?.refreshToken).toBe(`${REFRESH}-1`);
    const text = renderings(error);
    for (const secret of [ACCESS, REFRESH, SECRET]) expect(text).not.toContain(secret);
    expect(Object.keys(error)).not.toContain('tokens');
    expect(error.toJSON()).toMatchObject({ code: 'missing_scope', missingScopes: ['write'] });
    expect(error.toJSON()).not.toHaveProperty('tokens');
  });

  it('a full grant passes, whatever the order and separator (sets, spaces or commas)', async () => {
    grant('write read');
    expect((await connect(app())).scope).toEqual(['write', 'read']);
    grant('read,write');
    expect((await connect(app())).scope).toEqual(['read', 'write']);
  });

  it('a token response without scope means granted as requested (RFC 6749 §5.1): no error', async () => {
    grant(undefined);
    const tokens = await connect(app());
    expect(tokens.accessToken).toBe(`${ACCESS}-1`);
    expect(tokens.scope).toBeUndefined();
  });

  it('without scope, a required scope that was never asked for is still missing', async () => {
    grant(undefined);
    const error = await failure(connect(app({ requiredScopes: ['read', 'admin'] })));
    expect(error.missingScopes).toEqual(['admin']);
  });

  it("absentScope: 'none' counts a silent answer as nothing granted", async () => {
    grant(undefined);
    const error = await failure(connect(app({ absentScope: 'none' })));
    expect(error.missingScopes).toEqual(['read', 'write']);
    expect(error.grantedScopes).toEqual([]);
    expect(error.message).toContain('none reported');
    expect(error.message).toContain('whole callback URL');
  });

  it("reads the callback's scope when the token response has none (Strava's way)", async () => {
    grant(undefined);
    const error = await failure(connect(app(), { callbackScope: 'read' }));
    expect(error.missingScopes).toEqual(['write']);
    grant(undefined);
    expect((await connect(app(), { callbackScope: 'read,write' })).scope).toEqual([
      'read',
      'write',
    ]);
  });

  it("the token response's scope wins over the callback's", async () => {
    grant('read');
    const error = await failure(connect(app(), { callbackScope: 'read write' }));
    expect(error.grantedScopes).toEqual(['read']);
  });

  it('opt-out: requiredScopes: [] in the settings or for one exchange accepts the partial grant', async () => {
    grant('read');
    expect((await connect(app({ requiredScopes: [] }))).scope).toEqual(['read']);
    grant('read');
    expect((await connect(app(), { requiredScopes: [] })).scope).toEqual(['read']);
  });

  it('requiredScopes narrower than the request accepts a grant that covers them', async () => {
    grant('read');
    expect((await connect(app({ requiredScopes: ['read'] }))).scope).toEqual(['read']);
    grant('read');
    expect((await connect(app(), { requiredScopes: ['read'] })).scope).toEqual(['read']);
  });

  it("compares with the authorization's own scopes when passed back, else the app's", async () => {
    grant('read');
    expect((await connect(app(), { scopes: ['read'] })).scope).toEqual(['read']);
    grant('read');
    const error = await failure(connect(app(), { scopes: ['read'], passScopes: false }));
    expect(error.missingScopes).toEqual(['write']);
    // The message says how to fix it.
    expect(error.message).toContain("pass the authorization request's scopes to exchangeCode");
  });

  it('an app without scopes and without requiredScopes checks nothing', async () => {
    grant('read');
    expect((await connect(app({ scopes: [] }))).scope).toEqual(['read']);
  });

  it('findMissingScopes lets a broader scope cover a narrower one', async () => {
    grant('read write_all');
    const implies = app({
      findMissingScopes: (required, granted) =>
        required.filter((scope) => !granted.includes(scope) && !granted.includes(`${scope}_all`)),
    });
    expect((await connect(implies)).scope).toEqual(['read', 'write_all']);
  });
});

describe('createOAuth2App scope check after a refresh', () => {
  const tokens: TokenSet = { accessToken: 'at-0', refreshToken: 'rt-0', scope: ['read', 'write'] };

  it('a refresh answering fewer scopes than the connection had: missing_scope, reconnect', async () => {
    grant('read');
    const error = await failure(app().refresh(tokens));
    expect(error).toMatchObject({
      code: ErrorCodes.missingScope,
      missingScopes: ['write'],
      stage: 'refresh',
      reconnect: true,
    });
    expect(error.tokens?.accessToken).toBe(`${ACCESS}-1`);
    const text = renderings(error);
    for (const secret of [ACCESS, REFRESH, SECRET, 'rt-0']) expect(text).not.toContain(secret);
  });

  it('a refresh answer without scope keeps the grant (RFC 6749 §6): no check', async () => {
    grant(undefined);
    expect((await app().refresh(tokens)).scope).toEqual(['read', 'write']);
  });

  it('checks against requiredScopes when set, and not at all with []', async () => {
    grant('read');
    expect((await app({ requiredScopes: ['read'] }).refresh(tokens)).scope).toEqual(['read']);
    grant('read');
    expect((await app({ requiredScopes: [] }).refresh(tokens)).scope).toEqual(['read']);
    grant('write');
    const error = await failure(app({ requiredScopes: ['read'] }).refresh(tokens));
    expect(error.missingScopes).toEqual(['read']);
  });

  it('expects fewer scopes back when refreshParams asks for fewer on purpose', async () => {
    const { forms } = grant('read');
    const narrowing = app({ refreshParams: { scope: 'read' } });
    expect((await narrowing.refresh(tokens)).scope).toEqual(['read']);
    expect(forms[0]?.get('scope')).toBe('read');
  });
});

describe('checkGrantedScopes', () => {
  it('compares sets, parses scope text on spaces and commas, and checks nothing for []', () => {
    const base = { provider: 'example', stage: 'callback' as const };
    expect(() =>
      checkGrantedScopes({ ...base, required: ['a', 'b'], granted: 'b,a' }),
    ).not.toThrow();
    expect(() => checkGrantedScopes({ ...base, required: [], granted: '' })).not.toThrow();
    expect(() => checkGrantedScopes({ ...base, required: ['a', 'b'], granted: 'a' })).toThrow(
      expect.objectContaining({ missingScopes: ['b'], stage: 'callback', tokens: undefined }),
    );
    expect(() => checkGrantedScopes({ ...base, required: ['a'], granted: '' })).toThrow(
      MissingScopeError,
    );
  });
});
