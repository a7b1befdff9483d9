import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOAuth2App, type OAuth2AppSettings, type TokenSet } from '../../src/index.js';

const authorizationEndpoint = 'https://auth.oauth2.invalid/oauth/authorize';
const tokenEndpoint = 'https://auth.oauth2.invalid/oauth/token';
const redirectUri = 'https://app.oauth2.invalid/callback';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A token endpoint that records every form it receives and answers with fresh tokens. */
function captureTokenForms(): Record<string, string>[] {
  const forms: Record<string, string>[] = [];
  server.use(
    http.post(tokenEndpoint, async ({ request }) => {
      forms.push(Object.fromEntries(new URLSearchParams(await request.text())));
      return HttpResponse.json({
        access_token: `at-${forms.length}`,
        refresh_token: `rt-${forms.length}`,
        token_type: 'bearer',
        expires_in: 3600,
      });
    }),
  );
  return forms;
}

function app(overrides: Partial<OAuth2AppSettings> = {}) {
  return createOAuth2App({
    provider: 'example',
    clientId: 'client-1',
    clientSecret: 'secret-1',
    clientAuthMethod: 'client_secret_post',
    redirectUri,
    endpoints: { authorizationEndpoint, tokenEndpoint },
    ...overrides,
  });
}

const tokens: TokenSet = {
  accessToken: 'at-0',
  refreshToken: 'rt-0',
  scope: ['read', 'offline'],
};

describe('createOAuth2App refreshParams', () => {
  it('sends nothing extra by default', async () => {
    const forms = captureTokenForms();
    const next = await app().refresh(tokens);
    expect(next).toMatchObject({ accessToken: 'at-1', refreshToken: 'rt-1' });
    expect(forms).toEqual([
      {
        grant_type: 'refresh_token',
        refresh_token: 'rt-0',
        client_id: 'client-1',
        client_secret: 'secret-1',
      },
    ]);
  });

  it('adds the parameters of an object to every refresh', async () => {
    const forms = captureTokenForms();
    const refresher = app({ refreshParams: { scope: 'offline', audience: 'api' } });
    const next = await refresher.refresh(tokens);
    await refresher.refresh(next);
    expect(forms).toEqual([
      {
        grant_type: 'refresh_token',
        refresh_token: 'rt-0',
        scope: 'offline',
        audience: 'api',
        client_id: 'client-1',
        client_secret: 'secret-1',
      },
      {
        grant_type: 'refresh_token',
        refresh_token: 'rt-1',
        scope: 'offline',
        audience: 'api',
        client_id: 'client-1',
        client_secret: 'secret-1',
      },
    ]);
  });

  it('calls a function with the token set being refreshed', async () => {
    const forms = captureTokenForms();
    const seen: TokenSet[] = [];
    const refresher = app({
      refreshParams: (current) => {
        seen.push(current);
        return { scope: (current.scope ?? []).join(' ') };
      },
    });
    await refresher.refresh(tokens);
    expect(seen).toEqual([tokens]);
    expect(forms[0]?.scope).toBe('read offline');
    expect(forms[0]?.refresh_token).toBe('rt-0');
  });

  it('adds nothing when the function returns undefined', async () => {
    const forms = captureTokenForms();
    let calls = 0;
    await app({
      refreshParams: () => {
        calls++;
        return undefined;
      },
    }).refresh(tokens);
    expect(calls).toBe(1);
    expect(forms).toEqual([
      {
        grant_type: 'refresh_token',
        refresh_token: 'rt-0',
        client_id: 'client-1',
        client_secret: 'secret-1',
      },
    ]);
  });

  it('cannot replace the refresh token or the grant type', async () => {
    const forms = captureTokenForms();
    await app({
      refreshParams: { refresh_token: 'forged', grant_type: 'password' },
    }).refresh(tokens);
    expect(forms[0]).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'rt-0' });
  });

  it('is not sent with the code exchange or the client credentials grant', async () => {
    const forms = captureTokenForms();
    const refresher = app({ pkce: false, refreshParams: { scope: 'offline' } });
    const { state } = await refresher.createAuthorization();
    await refresher.exchangeCode({ callback: `${redirectUri}?code=code-1&state=${state}`, state });
    await refresher.clientCredentials();
    expect(forms.map((form) => [form.grant_type, form.scope])).toEqual([
      ['authorization_code', undefined],
      ['client_credentials', undefined],
    ]);
  });
});

describe('createOAuth2App exchangeCode', () => {
  it('treats an empty codeVerifier as no PKCE', async () => {
    const forms = captureTokenForms();
    const exchanger = app({ pkce: false });
    const { state, codeVerifier } = await exchanger.createAuthorization();
    expect(codeVerifier).toBeUndefined();
    const next = await exchanger.exchangeCode({
      callback: `${redirectUri}?code=code-1&state=${state}`,
      state,
      codeVerifier: codeVerifier ?? '',
    });
    expect(next.accessToken).toBe('at-1');
    expect(forms).toEqual([
      {
        grant_type: 'authorization_code',
        code: 'code-1',
        redirect_uri: redirectUri,
        client_id: 'client-1',
        client_secret: 'secret-1',
      },
    ]);
    expect(forms[0]).not.toHaveProperty('code_verifier');
  });

  it('sends a non-empty codeVerifier', async () => {
    const forms = captureTokenForms();
    const exchanger = app();
    const { state, codeVerifier } = await exchanger.createAuthorization();
    expect(codeVerifier).toMatch(/^[\w-]{43}$/);
    await exchanger.exchangeCode({
      callback: `${redirectUri}?code=code-2&state=${state}`,
      state,
      codeVerifier,
    });
    expect(forms[0]?.code_verifier).toBe(codeVerifier);
  });
});
