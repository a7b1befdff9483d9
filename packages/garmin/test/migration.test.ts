import { createMemoryTokenStore } from '@fitlink/core';
import {
  createGarminClient,
  createGarminOAuth1App,
  GARMIN_OAUTH1_RETIREMENT_DATE,
  migrateGarminOAuth1Connection,
} from '@fitlink/garmin';
import { GARMIN_SANDBOX_OAUTH1_TOKEN } from '@fitlink/garmin/testing';
import { SANDBOX_CLIENT, SANDBOX_USER } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { garminApp, garminPlugin } from './helpers.js';

const consumer = {
  consumerKey: SANDBOX_CLIENT.clientId,
  consumerSecret: SANDBOX_CLIENT.clientSecret ?? '',
};

describe('OAuth 1.0a and the migration to OAuth 2', () => {
  const sandbox = useSandbox(() => [garminPlugin()]);

  it('runs the legacy three-legged flow, signed (retiring on 2026-12-31)', async () => {
    expect(GARMIN_OAUTH1_RETIREMENT_DATE).toBe('2026-12-31');
    const legacy = createGarminOAuth1App({
      ...consumer,
      callbackUrl: 'https://app.example.com/garmin/callback',
    });
    const { url, requestToken, requestTokenSecret } = await legacy.createAuthorization();
    expect(url.href).toContain('https://connect.garmin.com/oauthConfirm?oauth_token=');
    const redirect = await fetch(url, { redirect: 'manual' });
    const verifier =
      new URL(redirect.headers.get('location') ?? '').searchParams.get('oauth_verifier') ?? '';
    const tokens = await legacy.exchangeVerifier({ requestToken, requestTokenSecret, verifier });
    expect(tokens).toMatchObject({ tokenType: 'oauth1', tokenSecret: expect.any(String) });
  });

  it('migrates an OAuth 1.0a connection to OAuth 2 without a new consent', async () => {
    const store = createMemoryTokenStore();
    const authorizations = sandbox.plugin.auth.stats.authorizeRequests;
    const tokens = await migrateGarminOAuth1Connection({
      ...consumer,
      ...GARMIN_SANDBOX_OAUTH1_TOKEN,
      store,
      key: 'user-1',
    });
    expect(tokens).toMatchObject({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
    });
    expect(tokens.expiresAt).toBeGreaterThan(Date.now() + 86_000_000);
    expect(await store.get('user-1')).toEqual(tokens);
    // No consent page was involved; the pair is spent.
    expect(sandbox.plugin.auth.stats.authorizeRequests).toBe(authorizations);
    expect(sandbox.plugin.knobs.legacy.exchanges).toBe(1);
    const client = createGarminClient({ app: garminApp(), store, key: 'user-1' });
    expect(await client.user.id()).toBe(SANDBOX_USER.id);
  });

  it('a refused pair is AuthError invalid_grant, with no secret in the error', async () => {
    const error = await migrateGarminOAuth1Connection({
      ...consumer,
      token: 'unknown-token-value',
      tokenSecret: 'unknown-token-secret',
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'AuthError', code: 'invalid_grant' });
    const text = JSON.stringify(error) + String(error);
    expect(text).not.toContain('unknown-token-secret');
    expect(text).not.toContain(consumer.consumerSecret);
  });

  it('the sandbox checks the signature: a wrong token secret or consumer secret is refused', async () => {
    await expect(
      migrateGarminOAuth1Connection({
        ...consumer,
        token: GARMIN_SANDBOX_OAUTH1_TOKEN.token,
        tokenSecret: 'wrong',
      }),
    ).rejects.toMatchObject({ code: 'invalid_grant' });
    await expect(
      migrateGarminOAuth1Connection({
        ...consumer,
        consumerSecret: 'wrong',
        ...GARMIN_SANDBOX_OAUTH1_TOKEN,
      }),
    ).rejects.toMatchObject({ code: 'invalid_grant' });
    expect(sandbox.plugin.knobs.legacy.exchanges).toBe(0);
  });

  it('keeps the token-exchange URL configurable', async () => {
    await expect(
      migrateGarminOAuth1Connection({
        ...consumer,
        ...GARMIN_SANDBOX_OAUTH1_TOKEN,
        tokenExchangeUrl: 'https://apis.garmin.com/partner-gateway/rest/user/token-exchange',
      }),
    ).resolves.toMatchObject({ accessToken: expect.any(String) });
  });
});
