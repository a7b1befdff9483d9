import {
  createGoogleHealthSubscribers,
  GOOGLE_HEALTH_WEBHOOK_DATA_TYPES,
} from '@fitlink/google-health';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { googleHealthPlugin } from './helpers.js';

describe('webhook subscribers (project credential)', () => {
  useSandbox(() => [googleHealthPlugin()]);

  it('creates, lists and deletes subscribers and per-user subscriptions', async () => {
    let calls = 0;
    const admin = createGoogleHealthSubscribers({
      projectId: 'fitlink-demo',
      accessToken: async () => {
        calls += 1;
        return 'project-service-account-token';
      },
    });
    const operation = await admin.create({
      subscriberId: 'fitlink-hooks',
      endpointUri: 'https://app.example/webhooks/google-health',
      secret: 'Bearer subscriber-s3cret',
      dataTypes: ['steps', 'sleep'],
      subscriptionCreatePolicy: 'MANUAL',
    });
    expect(operation).toMatchObject({
      done: true,
      response: { name: 'projects/fitlink-demo/subscribers/fitlink-hooks', state: 'ACTIVE' },
    });
    expect(await admin.list()).toHaveLength(1);
    const subscription = await admin.subscribe('fitlink-hooks', {
      healthUserId: '1d4e9c2ab7f04e55',
      dataTypes: ['steps'],
      subscriptionId: 'sandy',
    });
    expect(subscription).toEqual({
      name: 'projects/fitlink-demo/subscribers/fitlink-hooks/subscriptions/sandy',
      user: 'users/1d4e9c2ab7f04e55',
      dataTypes: ['users/1d4e9c2ab7f04e55/dataTypes/steps'],
    });
    expect(await admin.listSubscriptions('fitlink-hooks')).toHaveLength(1);
    await admin.unsubscribe('fitlink-hooks', 'sandy');
    expect(await admin.listSubscriptions('fitlink-hooks')).toHaveLength(0);
    await admin.delete('fitlink-hooks', { force: true });
    expect(await admin.list()).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(7);
    expect(GOOGLE_HEALTH_WEBHOOK_DATA_TYPES).toContain('steps');
    expect(GOOGLE_HEALTH_WEBHOOK_DATA_TYPES).not.toContain('oxygen-saturation');
  });
});
