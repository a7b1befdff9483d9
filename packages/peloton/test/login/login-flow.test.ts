import { AuthError, createMemoryTokenStore, ErrorCodes, RateLimitError } from '@fitlink/core';
import { createPelotonApp, createPelotonClient, PELOTON_TOKEN_URL } from '@fitlink/peloton';
import { PELOTON_SANDBOX_PASSWORD, PELOTON_SANDBOX_USERNAME } from '@fitlink/peloton/testing';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { usePelotonSandbox } from '../helpers.js';

const ctx = usePelotonSandbox();
const credentials = { username: PELOTON_SANDBOX_USERNAME, password: PELOTON_SANDBOX_PASSWORD };

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('Peloton login (Auth0 pages)', () => {
  it.each([
    ['universal login page, hidden form', 'universal', 'hidden-form'],
    ['classic login page, hidden form', 'classic', 'hidden-form'],
    ['universal login page, redirect', 'universal', 'redirect'],
  ] as const)(
    'logs in through the %s and calls the API',
    async (_label, loginPage, loginAnswer) => {
      ctx.plugin.knobs.loginPage = loginPage;
      ctx.plugin.knobs.loginAnswer = loginAnswer;
      const app = createPelotonApp();
      const tokens = await app.login(credentials);
      expect(tokens.accessToken).toMatch(/^sbx_/);
      expect(tokens.refreshToken).toBeDefined();
      expect(tokens.scope).toEqual(['offline_access', 'openid', 'peloton-api.members:default']);
      expect(tokens.expiresAt).toBe((tokens.obtainedAt ?? 0) + 172_800_000);
      expect(ctx.plugin.stats).toMatchObject({
        loginAttempts: 1,
        rejectedRequests: 0,
        wrongPasswords: 0,
      });
      expect(ctx.plugin.auth.stats.tokenRequests.authorization_code).toBe(1);

      const store = createMemoryTokenStore();
      await store.set('member', tokens);
      const me = await createPelotonClient({ app, store, key: 'member' }).user.me();
      expect(me.email).toBe(PELOTON_SANDBOX_USERNAME);
    },
  );

  it.each(['page', 'json'] as const)(
    'turns wrong credentials (%s answer) into an AuthError without the password',
    async (answer) => {
      ctx.plugin.knobs.wrongPasswordAnswer = answer;
      const password = 'hunter2-not-the-password';
      const error = await failure(
        createPelotonApp().login({ username: credentials.username, password }),
      );
      expect(error).toBeInstanceOf(AuthError);
      expect((error as AuthError).code).toBe(ErrorCodes.invalidCredentials);
      expect((error as AuthError).message).toBe('Peloton refused the email or password');
      expect(JSON.stringify((error as AuthError).toJSON())).not.toContain(password);
      expect(ctx.plugin.stats.wrongPasswords).toBe(1);
      expect(ctx.plugin.auth.stats.tokenRequests.authorization_code).toBe(0);
    },
  );

  it('explains a changed login page with a clear AuthError, not a crash', async () => {
    ctx.plugin.knobs.loginPage = 'changed';
    const error = await failure(createPelotonApp().login(credentials));
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).oauthError).toBe('login_page_changed');
    expect((error as AuthError).message).toMatch(
      /login page has changed \(no _csrf cookie\).*fromToken/,
    );
    expect(JSON.stringify((error as AuthError).toJSON())).not.toContain(PELOTON_SANDBOX_PASSWORD);
  });

  it('explains a login answer without a hidden form', async () => {
    ctx.server.use(
      http.post('https://auth.onepeloton.com/usernamepassword/login', () =>
        HttpResponse.text('<html><body>Please verify you are human</body></html>', {
          headers: { 'content-type': 'text/html' },
        }),
      ),
    );
    const error = await failure(createPelotonApp().login(credentials));
    expect((error as AuthError).oauthError).toBe('login_page_changed');
    expect((error as AuthError).message).toContain('no hidden form after the login');
  });

  it('reports Cloudflare rate limiting of the login as a RateLimitError', async () => {
    ctx.server.use(
      http.post('https://auth.onepeloton.com/usernamepassword/login', () =>
        HttpResponse.text('error code: 1015', { status: 429 }),
      ),
    );
    expect(await failure(createPelotonApp().login(credentials))).toBeInstanceOf(RateLimitError);
  });

  it('sends the cookie, Auth0-Client, Origin and Referer the login endpoint checks', async () => {
    const seen: Headers[] = [];
    const app = createPelotonApp({
      fetch: (input, init) => {
        const request = new Request(input, init);
        if (request.url.endsWith('/usernamepassword/login')) seen.push(request.headers);
        return fetch(request, { redirect: 'manual' });
      },
    });
    await app.login(credentials);
    const headers = seen[0];
    expect(headers?.get('auth0-client')).toBe(
      'eyJuYW1lIjoiYXV0aDAuanMtdWxwIiwidmVyc2lvbiI6IjkuMTQuMyJ9',
    );
    expect(headers?.get('origin')).toBe('https://auth.onepeloton.com');
    expect(headers?.get('referer')).toMatch(/^https:\/\/auth\.onepeloton\.com\/u\/login\?state=/);
    expect(headers?.get('cookie')).toMatch(/_csrf=[0-9a-f]{32}/);
    expect(headers?.get('user-agent')).toMatch(/^Mozilla\/5\.0/);
  });

  it('refuses to start without credentials', async () => {
    const error = await failure(createPelotonApp().login({ username: '', password: '' }));
    expect((error as AuthError).code).toBe(ErrorCodes.invalidArgument);
  });

  it('maps a refused code exchange to an AuthError', async () => {
    ctx.server.use(
      http.post(PELOTON_TOKEN_URL, () =>
        HttpResponse.json(
          { error: 'invalid_grant', error_description: 'Invalid authorization code' },
          { status: 403 },
        ),
      ),
    );
    const error = await failure(createPelotonApp().login(credentials));
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).oauthError).toBe('invalid_grant');
  });
});
