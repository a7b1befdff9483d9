import { AuthError, ErrorCodes } from '@fitlink/core';
import { createStravaApp, STRAVA_REVOKE_URL } from '@fitlink/strava';
import { SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { describe, expect, it } from 'vitest';
import { useStravaSandbox } from './helpers.js';

/** A request as it left the client: URL, headers and body text. */
interface Sent {
  url: URL;
  headers: Headers;
  body: string;
}

/** A fetch that records every request before passing it on. */
function recordingFetch(sent: Sent[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    sent.push({
      url: new URL(request.url),
      headers: request.headers,
      body: await request.clone().text(),
    });
    return fetch(request);
  };
}

describe('app.revoke (POST /oauth/revoke, since 2026-06-01)', () => {
  const context = useStravaSandbox();

  function recordingApp(sent: Sent[], clientSecret = SANDBOX_CLIENT.clientSecret ?? '') {
    return createStravaApp({
      clientId: SANDBOX_CLIENT.clientId,
      clientSecret,
      redirectUri: SANDBOX_REDIRECT_URI,
      clock: context.clock,
      fetch: recordingFetch(sent),
    });
  }

  it('sends the refresh token in the form with HTTP Basic client credentials, and no token in a header or query', async () => {
    const { connect, plugin } = context;
    const tokens = await connect();
    const sent: Sent[] = [];
    await recordingApp(sent).revoke(tokens);

    expect(sent).toHaveLength(1);
    const [request] = sent;
    expect(`${request?.url.origin}${request?.url.pathname}`).toBe(STRAVA_REVOKE_URL);
    expect(request?.url.search).toBe('');
    const basic = btoa(`${SANDBOX_CLIENT.clientId}:${SANDBOX_CLIENT.clientSecret}`);
    expect(request?.headers.get('authorization')).toBe(`Basic ${basic}`);
    const form = new URLSearchParams(request?.body);
    expect(Object.fromEntries(form)).toEqual({
      token: tokens.refreshToken,
      token_type_hint: 'refresh_token',
    });
    expect(request?.body).not.toContain(tokens.accessToken);
    expect(plugin.stats.revocations).toBe(1);
    expect(plugin.stats.deauthorizations).toBe(0);
  });

  it('revokes the whole grant: the refresh token and the access token stop working', async () => {
    const { app, connect, store } = context;
    const tokens = await connect();
    await app.revoke(tokens);
    await expect(app.refresh(tokens)).rejects.toMatchObject({ code: 'invalid_grant' });
    await store.set('athlete-1', tokens);
    await expect(context.client().athlete.get()).rejects.toBeInstanceOf(AuthError);
  });

  it('needs no refresh when the access token has expired: the refresh token is what it sends', async () => {
    const { app, connect, plugin } = context;
    const tokens = await connect({ expired: true });
    await app.revoke(tokens);
    expect(plugin.auth.stats.refreshRequests).toBe(0);
    await expect(app.refresh(tokens)).rejects.toMatchObject({ code: 'invalid_grant' });
  });

  it('sends the access token (hint access_token) of a token set without a refresh token, and a bare token as given', async () => {
    const { connect } = context;
    const first = await connect({ key: 'a' });
    const second = await connect({ key: 'b' });
    const sent: Sent[] = [];
    const app = recordingApp(sent);
    await app.revoke({ accessToken: first.accessToken });
    await app.revoke(second.accessToken, { tokenTypeHint: 'access_token' });
    await app.revoke('unknown-token');
    expect(sent.map(({ body }) => Object.fromEntries(new URLSearchParams(body)))).toEqual([
      { token: first.accessToken, token_type_hint: 'access_token' },
      { token: second.accessToken, token_type_hint: 'access_token' },
      { token: 'unknown-token' },
    ]);
    await expect(context.app.refresh(second)).rejects.toMatchObject({ code: 'invalid_grant' });
  });

  it('maps refused client credentials to invalid_client (no reconnect), with no secret in the error', async () => {
    const { connect } = context;
    const tokens = await connect();
    const sent: Sent[] = [];
    const error = await recordingApp(sent, 'wrong-secret-3c1d')
      .revoke(tokens)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({
      code: ErrorCodes.invalidClient,
      reconnect: false,
      description: 'Authorization Error: Application client_id invalid',
    });
    const json = JSON.stringify(error);
    const basic = sent[0]?.headers.get('authorization') ?? '';
    for (const secret of ['wrong-secret-3c1d', basic.slice('Basic '.length), tokens.refreshToken]) {
      expect(json).not.toContain(secret);
      expect((error as Error).message).not.toContain(secret);
    }
  });

  it('client.deauthorize goes through revoke and deletes the stored tokens; a second call is not_connected', async () => {
    const { connect, plugin, store } = context;
    await connect();
    const client = context.client();
    await client.deauthorize();
    expect(plugin.stats.revocations).toBe(1);
    expect(await store.get('athlete-1')).toBeUndefined();
    await expect(client.deauthorize()).rejects.toMatchObject({ code: ErrorCodes.notConnected });
  });
});
