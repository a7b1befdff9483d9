import { describe, expect, it } from 'vitest';
import { type AuthorizableRequest, clientCredentialsAuth, type TokenSet } from '../../src/index.js';
import { createFakeClock } from '../fake-clock.js';

function fakeApp(clock: { now(): number }, failFirst = false) {
  let issued = 0;
  const app = {
    grants: () => issued,
    async clientCredentials(): Promise<TokenSet> {
      issued += 1;
      await Promise.resolve();
      if (failFirst && issued === 1) throw new Error('token endpoint down');
      return {
        accessToken: `app-token-${issued}`,
        tokenType: 'bearer',
        scope: [],
        expiresAt: clock.now() + 3_600_000,
      };
    },
    secrets: () => ['client-secret'],
  };
  return app;
}

const request = (): AuthorizableRequest => ({
  method: 'GET',
  url: new URL('https://api.example.test/v1/tracks/1'),
  headers: new Headers(),
});

describe('clientCredentialsAuth', () => {
  it('shares one app token between concurrent calls and renews it before it expires', async () => {
    const clock = createFakeClock();
    const app = fakeApp(clock);
    const auth = clientCredentialsAuth({ app, clock });
    const requests = Array.from({ length: 10 }, request);
    const attempts = await Promise.all(requests.map((r) => auth.apply(r)));
    expect(app.grants()).toBe(1);
    expect(new Set(attempts.map((a) => a.credential))).toEqual(new Set(['app-token-1']));
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer app-token-1');

    clock.time += 3_600_000 - 30_000; // inside the 60 s skew
    expect((await auth.apply(request())).credential).toBe('app-token-2');
    expect(auth.secrets()).toEqual(['client-secret', 'app-token-2']);
  });

  it('gets a new token once after a 401, unless another call already did', async () => {
    const clock = createFakeClock();
    const app = fakeApp(clock);
    const auth = clientCredentialsAuth({ app, clock });
    const first = await auth.apply(request());
    expect(await auth.recover?.(first)).toBe(true);
    expect(app.grants()).toBe(2);
    // A second call that failed with the old token finds the new one: no third grant.
    expect(await auth.recover?.(first)).toBe(true);
    expect(app.grants()).toBe(2);
  });

  it('does not cache a failed grant', async () => {
    const clock = createFakeClock();
    const app = fakeApp(clock, true);
    const auth = clientCredentialsAuth({ app, clock });
    await expect(auth.apply(request())).rejects.toThrow('token endpoint down');
    expect((await auth.apply(request())).credential).toBe('app-token-2');
  });
});
