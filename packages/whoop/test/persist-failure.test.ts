import { createMemoryTokenStore, type PersistFailureEvent, type TokenStore } from '@fitlink/core';
import { seedConnection } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { createWhoopClient, WHOOP_DEFAULT_SCOPES } from '@fitlink/whoop';
import { describe, expect, it } from 'vitest';
import { whoopApp, whoopPlugin } from './helpers.js';

const sandbox = useSandbox(() => [whoopPlugin()]);

describe('onPersistFailure reaches the token manager through the client settings', () => {
  it('hands over the rotated tokens a failing store would not take', async () => {
    const seeded = await seedConnection({
      auth: sandbox.plugin.auth,
      scope: WHOOP_DEFAULT_SCOPES,
      expiresInSeconds: 0,
    });
    const memory = createMemoryTokenStore();
    await memory.set(seeded.key, seeded.tokens);
    // A store that reads but never takes a write.
    const store: TokenStore = {
      get: (key) => memory.get(key),
      set: async () => {
        throw new Error('store is down');
      },
      delete: (key) => memory.delete(key),
    };
    const events: PersistFailureEvent[] = [];
    const client = createWhoopClient({
      app: whoopApp(),
      store,
      key: seeded.key,
      onPersistFailure: (event) => {
        events.push(event);
      },
    });
    const profile = await client.user.getProfile();
    expect(profile.user_id).toBeTypeOf('number');
    expect(events).toHaveLength(1);
    expect(events[0]?.reason).toBe('store-error');
    expect(events[0]?.tokens.refreshToken).toBeTypeOf('string');
    expect(events[0]?.tokens.refreshToken).not.toBe(seeded.tokens.refreshToken);
    expect(sandbox.plugin.auth.stats).toMatchObject({ refreshRequests: 1 });
  });
});
