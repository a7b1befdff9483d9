import { AuthError, createMemoryTokenStore, ErrorCodes, ProviderError } from '@fitlink/core';
import {
  createSpotifyApp,
  createSpotifyClient,
  mapSpotifyError,
  mapSpotifyTokenError,
  SPOTIFY_TOKEN_URL,
  SpotifyPremiumRequiredError,
  SpotifyRefreshTokenExpiredError,
} from '@fitlink/spotify';
import { SPOTIFY_OWNER_PREMIUM_MESSAGE, spotifySandboxPlugin } from '@fitlink/spotify/testing';
import { SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { NOW, READ_SCOPES, seededClient } from './helpers.js';

const MONTH_MS = 30 * 86_400_000;

describe("Spotify's 2026 token and access rules", () => {
  const holder = useSandbox(() => [spotifySandboxPlugin({ now: NOW })]);

  /** An app whose token requests are counted, and a client of a seeded connection on it. */
  async function countedConnection(tokens: { authorizedAt?: number; expired?: boolean } = {}) {
    const tokenRequests: string[] = [];
    const app = createSpotifyApp({
      clientId: SANDBOX_CLIENT.clientId,
      clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
      redirectUri: SANDBOX_REDIRECT_URI,
      scopes: READ_SCOPES,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (request.url === SPOTIFY_TOKEN_URL) tokenRequests.push(await request.clone().text());
        return fetch(request);
      },
    });
    const issued = holder.plugin.auth.issueTokens({
      clientId: SANDBOX_CLIENT.clientId,
      scope: READ_SCOPES,
    });
    const store = createMemoryTokenStore();
    const key = 'spotify:sandbox-user-1';
    const stored = {
      accessToken: issued.accessToken,
      refreshToken: issued.refreshToken ?? '',
      expiresAt: tokens.expired ? Date.now() - 1000 : issued.expiresAt,
      scope: READ_SCOPES,
      authorizedAt: tokens.authorizedAt ?? Date.now(),
    };
    await store.set(key, stored);
    return {
      app,
      store,
      key,
      stored,
      tokenRequests,
      client: createSpotifyClient({ app, store, key }),
    };
  }

  it('the refresh answer carries no refresh token (since 2026-06-18): the old one is kept and stored, authorizedAt too', async () => {
    expect(holder.plugin.auth.knobs.refreshTokenOnRefresh).toBe('omit');
    const { client, store, key, stored, tokenRequests } = await countedConnection({
      expired: true,
    });
    await client.me.get();
    expect(tokenRequests).toHaveLength(1);
    const after = await store.get(key);
    expect(after?.accessToken).not.toBe(stored.accessToken);
    expect(after?.refreshToken).toBe(stored.refreshToken);
    expect(after?.authorizedAt).toBe(stored.authorizedAt);
    // The kept refresh token keeps working for the next refresh.
    holder.plugin.auth.expireAccessToken(after?.accessToken ?? '');
    await client.me.get();
    expect(tokenRequests).toHaveLength(2);
    expect((await store.get(key))?.refreshToken).toBe(stored.refreshToken);
  });

  it('an ended refresh token is SpotifyRefreshTokenExpiredError, with its end date when authorizedAt is known', async () => {
    holder.plugin.knobs.refreshTokenExpired = true;
    const authorizedAt = Date.parse('2026-04-10T09:00:00.000Z');
    const { app, stored } = await countedConnection({ authorizedAt });
    const error = await app.refresh(stored).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpotifyRefreshTokenExpiredError);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({
      name: 'SpotifyRefreshTokenExpiredError',
      code: ErrorCodes.invalidGrant,
      oauthError: 'invalid_grant',
      reconnect: true,
      description: 'Refresh token expired',
    });
    expect((error as SpotifyRefreshTokenExpiredError).refreshTokenExpiresAt?.toISOString()).toBe(
      '2026-10-10T09:00:00.000Z',
    );
    expect((error as Error).message).toMatch(/do not retry/);
    expect((error as Error).message).not.toContain(stored.refreshToken);
    expect(JSON.stringify(error)).not.toContain(stored.refreshToken);
  });

  it('a refresh refused with invalid_grant is never retried: not by the client, not by the app', async () => {
    holder.plugin.knobs.refreshTokenExpired = true;
    const { app, client, stored, tokenRequests } = await countedConnection({
      expired: true,
      authorizedAt: Date.now() - 7 * MONTH_MS,
    });
    await expect(client.me.get()).rejects.toBeInstanceOf(SpotifyRefreshTokenExpiredError);
    expect(tokenRequests).toHaveLength(1);
    // A later call, and the app itself, refuse the same refresh token without a request.
    await expect(client.me.get()).rejects.toBeInstanceOf(SpotifyRefreshTokenExpiredError);
    await expect(app.refresh(stored)).rejects.toMatchObject({
      code: ErrorCodes.invalidGrant,
      reconnect: true,
    });
    expect(tokenRequests).toHaveLength(1);
    expect(holder.plugin.stats.requests).toBe(0);

    // Authorizing again gives a new refresh token, which refreshes.
    holder.plugin.knobs.refreshTokenExpired = false;
    const again = holder.plugin.auth.issueTokens({ clientId: SANDBOX_CLIENT.clientId });
    await expect(
      app.refresh({ accessToken: again.accessToken, refreshToken: again.refreshToken ?? '' }),
    ).resolves.toMatchObject({ refreshToken: again.refreshToken });
    expect(tokenRequests).toHaveLength(2);
  });

  it('a revoked refresh token is a plain invalid_grant AuthError, not sent twice either', async () => {
    const { app, stored, tokenRequests } = await countedConnection();
    holder.plugin.auth.revokeGrant(stored.refreshToken);
    const error = await app.refresh(stored).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).not.toBeInstanceOf(SpotifyRefreshTokenExpiredError);
    expect(error).toMatchObject({ code: ErrorCodes.invalidGrant, reconnect: true });
    await expect(app.refresh(stored)).rejects.toMatchObject({
      code: ErrorCodes.invalidGrant,
      message: expect.stringContaining('not sent again'),
    });
    expect(tokenRequests).toHaveLength(1);
  });

  it('a development-mode app whose owner has no Premium gets SpotifyPremiumRequiredError on every call', async () => {
    holder.plugin.knobs.ownerPremium = false;
    const { client } = await seededClient(holder);
    const error = await client.me.get().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpotifyPremiumRequiredError);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({
      name: 'SpotifyPremiumRequiredError',
      code: ErrorCodes.forbidden,
      status: 403,
      provider: 'spotify',
    });
    expect((error as Error).message).toMatch(/owns it has no Premium/);
    expect((error as Error).message).toMatch(/extended quota/);
    await expect(client.recentlyPlayed.list().toArray({ limit: 1 })).rejects.toBeInstanceOf(
      SpotifyPremiumRequiredError,
    );
    expect(holder.plugin.auth.stats.refreshRequests).toBe(0);

    holder.plugin.knobs.ownerPremium = true;
    await expect(client.me.get()).resolves.toMatchObject({ id: 'sandbox-user-1' });
  });

  it('tells the owner-Premium answers from a user-side Premium refusal, on the API and at the token endpoint', () => {
    const api = (message: string) => ({
      provider: 'spotify',
      status: 403,
      endpoint: 'GET /v1/me',
      headers: new Headers(),
      body: JSON.stringify({ error: { status: 403, message } }),
      secrets: [],
    });
    for (const message of [
      SPOTIFY_OWNER_PREMIUM_MESSAGE,
      'Active premium subscription required for the owner of the app. When the subscription status changes, it can take a few hours before requests are allowed again.',
    ]) {
      expect(mapSpotifyError(api(message))).toBeInstanceOf(SpotifyPremiumRequiredError);
    }
    const player = mapSpotifyError(api('Player command failed: Premium required'));
    expect(player).toBeInstanceOf(ProviderError);
    expect(player).not.toBeInstanceOf(SpotifyPremiumRequiredError);
    const token = mapSpotifyTokenError({
      provider: 'spotify',
      status: 403,
      operation: 'exchange',
      body: 'Active premium subscription required for the owner of the app.',
    });
    expect(token).toBeInstanceOf(SpotifyPremiumRequiredError);
    expect(token).toMatchObject({ endpoint: 'POST /api/token', status: 403 });
  });
});
