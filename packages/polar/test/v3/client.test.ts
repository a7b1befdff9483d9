import { createPolarV3App, mapPolarV3Exercise, POLAR_V3_TOKEN_URL } from '@fitlink/polar';
import { SANDBOX_CLIENT, SANDBOX_REDIRECT_URI } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { connectV3, polarPlugin } from '../helpers.js';

describe('AccessLink v3 (the older path)', () => {
  const sandbox = useSandbox(() => [polarPlugin()]);

  it('registers the user once; a second registration reads as already-registered (409)', async () => {
    const { client } = await connectV3(sandbox.plugin);
    const first = await client.users.register({ memberId: 'member-1' });
    expect(first).toMatchObject({ status: 'registered', user: { 'polar-user-id': 38_101_774 } });
    const second = await client.users.register({ memberId: 'member-1' });
    expect(second).toEqual({ status: 'already-registered', user: null });
    const user = await client.users.get(38_101_774);
    expect(user['member-id']).toBe('member-1');
  });

  it('commits a transaction only after the exercises are stored', async () => {
    const { client } = await connectV3(sandbox.plugin);
    await client.users.register({ memberId: 'member-1' });
    const stored: unknown[] = [];
    const result = await client.syncExerciseTransaction({
      userId: 38_101_774,
      store: async (exercises) => {
        // Nothing is committed while the app stores.
        expect(sandbox.plugin.stats.byRoute.commitTransaction ?? 0).toBe(0);
        stored.push(...exercises);
      },
    });
    expect(result.committed).toBe(true);
    expect(result.exercises.length).toBe(sandbox.plugin.data.v3.exercises.length);
    expect(stored).toHaveLength(result.exercises.length);
    expect(sandbox.plugin.stats.byRoute.commitTransaction).toBe(1);
    // Committed data is gone: the next transaction finds nothing new (204).
    const next = await client.syncExerciseTransaction({
      userId: 38_101_774,
      store: async () => {},
    });
    expect(next).toEqual({ transactionId: null, exercises: [], committed: false });
    // The exercises map to normalized activities.
    const activity = mapPolarV3Exercise(result.exercises[0] as never);
    expect(activity.provider).toBe('polar');
  });

  it('never commits when storing fails, and the same exercises come back', async () => {
    const { client } = await connectV3(sandbox.plugin);
    await client.users.register({ memberId: 'member-1' });
    const failure = new Error('database down');
    await expect(
      client.syncExerciseTransaction({
        userId: 38_101_774,
        store: async () => {
          throw failure;
        },
      }),
    ).rejects.toBe(failure);
    expect(sandbox.plugin.stats.byRoute.commitTransaction ?? 0).toBe(0);
    expect(sandbox.plugin.data.v3.committed.size).toBe(0);

    const retried = await client.syncExerciseTransaction({
      userId: 38_101_774,
      store: async () => {},
    });
    expect(retried.committed).toBe(true);
    expect(retried.exercises.length).toBe(sandbox.plugin.data.v3.exercises.length);
    expect(sandbox.plugin.stats.byRoute.commitTransaction).toBe(1);
  });

  it('deletes the user: the token stops working', async () => {
    const { client } = await connectV3(sandbox.plugin);
    await client.users.register({ memberId: 'member-1' });
    await client.users.delete(38_101_774);
    expect(sandbox.plugin.data.v3.memberId).toBeNull();
    await expect(client.exercises.list()).rejects.toMatchObject({ name: 'AuthError' });
  });

  it('lists no exercises before registration (204)', async () => {
    const { client } = await connectV3(sandbox.plugin);
    expect(await client.exercises.list()).toEqual([]);
  });

  it('exchanges a code at polarremote.com with HTTP Basic and keeps x_user_id; no refresh', async () => {
    let authorization: string | null = null;
    sandbox.server.use(
      http.post(POLAR_V3_TOKEN_URL, async ({ request }) => {
        authorization = request.headers.get('authorization');
        const form = new URLSearchParams(await request.text());
        expect(form.get('grant_type')).toBe('authorization_code');
        return HttpResponse.json({
          access_token: 'v3-access',
          token_type: 'bearer',
          expires_in: 31_535_999,
          x_user_id: 475,
        });
      }),
    );
    const app = createPolarV3App({
      clientId: SANDBOX_CLIENT.clientId,
      clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
      redirectUri: SANDBOX_REDIRECT_URI,
    });
    const request = await app.createAuthorization();
    expect(request.url.origin).toBe('https://flow.polar.com');
    expect(request.url.searchParams.get('scope')).toBe('accesslink.read_all');
    const callback = new URL(`${SANDBOX_REDIRECT_URI}?code=abc&state=${request.state}`);
    const tokens = await app.exchangeCode({ callback, state: request.state });
    expect(tokens).toMatchObject({ accessToken: 'v3-access', providerUserId: '475' });
    expect(tokens.refreshToken).toBeUndefined();
    // RFC 6749 §2.3.1: id and secret form-encoded, then Basic.
    const [id, secret] = atob(String(authorization).replace(/^Basic /, '')).split(':');
    expect([decodeURIComponent(id ?? ''), decodeURIComponent(secret ?? '')]).toEqual([
      'sandbox-client',
      'sandbox-secret',
    ]);
    await expect(app.refresh(tokens)).rejects.toMatchObject({ name: 'AuthError' });
  });
});
