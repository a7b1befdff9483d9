import { AuthError, ErrorCodes } from '@fitlink/core';
import {
  createSpotifyClient,
  getSpotifyConsentStatus,
  type SpotifyConsentStatus,
  spotifyRefreshTokenExpiresAt,
} from '@fitlink/spotify';
import { spotifySandboxPlugin } from '@fitlink/spotify/testing';
import { SANDBOX_CLIENT } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { NOW, READ_SCOPES, sandboxApp, seededClient } from './helpers.js';

describe.each([
  ['rotates the refresh token', true],
  ['returns no refresh token', false],
])('refresh when Spotify %s', (_label, rotate) => {
  const holder = useSandbox(() => [
    spotifySandboxPlugin({ now: NOW, refreshTokenOnRefresh: rotate ? 'rotate' : 'omit' }),
  ]);

  it('keeps the right refresh token and authorizedAt', async () => {
    const app = sandboxApp();
    const issued = holder.plugin.auth.issueTokens({
      clientId: SANDBOX_CLIENT.clientId,
      scope: READ_SCOPES,
    });
    const authorizedAt = Date.parse('2026-09-01T10:00:00.000Z');
    const previous = {
      accessToken: issued.accessToken,
      refreshToken: issued.refreshToken ?? '',
      expiresAt: issued.expiresAt,
      authorizedAt,
    };
    const next = await app.refresh(previous);
    expect(next.accessToken).not.toBe(issued.accessToken);
    if (rotate) expect(next.refreshToken).not.toBe(issued.refreshToken);
    else expect(next.refreshToken).toBe(issued.refreshToken);
    expect(next.authorizedAt).toBe(authorizedAt);
    expect(next.scope).toEqual(READ_SCOPES);
    // The next refresh works with whatever was kept.
    const third = await app.refresh(next);
    expect(third.accessToken).not.toBe(next.accessToken);
    expect(holder.plugin.auth.stats.invalidGrantCount).toBe(0);
  });

  it('refreshes a public (PKCE) client with client_id in the body and no secret', async () => {
    const { client, store, key } = await seededClient(holder, {
      kind: 'public',
      tokens: { expiresAt: Date.now() - 1000 },
    });
    const before = await store.get(key);
    expect((await client.me.get()).id).toBe('sandbox-user-1');
    const after = await store.get(key);
    expect(after?.accessToken).not.toBe(before?.accessToken);
    if (rotate) expect(after?.refreshToken).not.toBe(before?.refreshToken);
    else expect(after?.refreshToken).toBe(before?.refreshToken);
    expect(holder.plugin.auth.stats.refreshRequests).toBe(1);
  });

  it('leaves refresh_token out of the token answer when not rotating, as Spotify does', async () => {
    const issued = holder.plugin.auth.issueTokens({ clientId: SANDBOX_CLIENT.clientId });
    const response = await fetch('https://accounts.spotify.com/api/token', {
      method: 'POST',
      headers: {
        authorization: `Basic ${btoa(`${SANDBOX_CLIENT.clientId}:${SANDBOX_CLIENT.clientSecret}`)}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: issued.refreshToken ?? '',
      }),
    });
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect('refresh_token' in body).toBe(rotate);
  });

  it('serves no revocation endpoint and reports the refresh mode as a knob', () => {
    const accounts = holder.plugin.auth;
    expect(accounts.endpoints.revocation).toBeUndefined();
    expect(accounts.handlers).toHaveLength(2);
    expect(accounts.knobs.refreshTokenOnRefresh).toBe(rotate ? 'rotate' : 'omit');
  });

  it.each([
    ['expired in the store (proactive refresh)', 'store'],
    ['expired at Spotify (refresh after 401)', 'server'],
  ])('20 concurrent calls with a token %s make one refresh request', async (_name, where) => {
    const { client, store, key } = await seededClient(holder, {
      tokens: where === 'store' ? { expiresAt: Date.now() - 1000 } : {},
    });
    const before = await store.get(key);
    if (where === 'server') holder.plugin.auth.expireAccessToken(before?.accessToken ?? '');
    const results = await Promise.all(Array.from({ length: 20 }, () => client.me.get()));
    expect(results.map((me) => me.id)).toEqual(Array(20).fill('sandbox-user-1'));
    const accounts = holder.plugin.auth;
    expect(accounts.stats.refreshRequests).toBe(1);
    expect(accounts.stats.invalidGrantCount).toBe(0);
    expect(accounts.stats.refreshTokenReuseCount).toBe(0);
    const after = await store.get(key);
    expect(after?.accessToken).not.toBe(before?.accessToken);
    if (rotate) {
      expect(after?.refreshToken).not.toBe(before?.refreshToken);
      // The stored refresh token is the newest: it refreshes again without invalid_grant.
      await sandboxApp().refresh(after ?? { accessToken: '' });
      expect(accounts.stats.invalidGrantCount).toBe(0);
    } else {
      expect(after?.refreshToken).toBe(before?.refreshToken);
    }
    expect(after?.authorizedAt).toBe(before?.authorizedAt);
  });
});

describe('the six-month refresh-token end', () => {
  const holder = useSandbox(() => [spotifySandboxPlugin({ now: NOW })]);

  it('is six calendar months after authorization, not extended by refreshes', () => {
    const authorizedAt = Date.parse('2026-05-31T08:00:00.000Z');
    expect(spotifyRefreshTokenExpiresAt({ accessToken: 'a', authorizedAt })?.toISOString()).toBe(
      '2026-12-01T08:00:00.000Z',
    );
    expect(spotifyRefreshTokenExpiresAt({ accessToken: 'a' })).toBeNull();
  });

  it.each([
    ['2026-06-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', false, false],
    ['2026-06-01T00:00:00.000Z', '2026-11-22T00:00:00.000Z', true, false],
    ['2026-05-01T00:00:00.000Z', '2026-11-22T00:00:00.000Z', true, true],
  ])('authorized %s, now %s: reauthorizeSoon %s, expired %s', (authorized, now, soon, expired) => {
    const status = getSpotifyConsentStatus(
      { accessToken: 'a', authorizedAt: Date.parse(authorized) },
      { now: Date.parse(now) },
    );
    expect(status.reauthorizeSoon).toBe(soon);
    expect(status.expired).toBe(expired);
    expect(status.authorizedAt?.toISOString()).toBe(authorized);
  });

  it('warns through onReauthorizeSoon once, and explains an invalid_grant after the end', async () => {
    const warnings: SpotifyConsentStatus[] = [];
    const authorizedAt = Date.now() - 175 * 86_400_000;
    const { client, store, key, app } = await seededClient(holder, {
      tokens: { authorizedAt },
      settings: { onReauthorizeSoon: (status) => warnings.push(status) },
    });
    await client.me.get();
    await client.me.get();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.remainingMs).toBeLessThan(14 * 86_400_000);
    expect((await client.consentStatus()).reauthorizeSoon).toBe(true);

    // Past the end Spotify refuses the refresh token: the error says why.
    const tokens = await store.get(key);
    const ended = {
      ...tokens,
      accessToken: 'x',
      refreshToken: 'revoked-by-age',
      authorizedAt: Date.now() - 200 * 86_400_000,
    };
    const error = await app.refresh(ended).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code: ErrorCodes.invalidGrant, reconnect: true });
    expect((error as Error).message).toMatch(/six months after the user authorized/);
    const fresh = createSpotifyClient({ app, store, key });
    expect((await fresh.consentStatus()).expired).toBe(false);
  });
});
