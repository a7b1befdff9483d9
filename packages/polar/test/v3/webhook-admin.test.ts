import { createPolarV3WebhookAdmin, verifyPolarWebhook } from '@fitlink/polar';
import { createPolarWebhookRequest } from '@fitlink/polar/testing';
import { SANDBOX_CLIENT } from '@fitlink/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { polarPlugin } from '../helpers.js';

describe('v3 webhook management (HTTP Basic client auth)', () => {
  const sandbox = useSandbox(() => [polarPlugin()]);
  const admin = () =>
    createPolarV3WebhookAdmin({
      clientId: SANDBOX_CLIENT.clientId,
      clientSecret: SANDBOX_CLIENT.clientSecret ?? '',
    });

  it('creates the one webhook, lists, updates, deactivates and deletes it', async () => {
    const webhooks = admin();
    expect(await webhooks.list()).toEqual([]);
    const created = await webhooks.create({
      events: ['EXERCISE', 'SLEEP'],
      url: 'https://your.app/webhooks/polar',
    });
    expect(created.data).toMatchObject({ id: 'abdf33', events: ['EXERCISE', 'SLEEP'] });
    // The key it returns verifies deliveries.
    const request = await createPolarWebhookRequest({
      signatureSecretKey: created.data.signature_secret_key,
      event: { event: 'PING', timestamp: '2026-11-20T12:00:00Z' },
    });
    await expect(
      verifyPolarWebhook({
        signatureSecretKey: created.data.signature_secret_key,
        body: await request.text(),
        headers: request.headers,
      }),
    ).resolves.toMatchObject({ event: 'PING' });

    await expect(
      webhooks.create({ events: ['EXERCISE'], url: 'https://x.example' }),
    ).rejects.toMatchObject({
      status: 409,
    });
    const updated = await webhooks.update('abdf33', { events: ['EXERCISE'] });
    expect(updated[0]?.events).toEqual(['EXERCISE']);
    expect(await webhooks.deactivate()).toBe(true);
    expect((await webhooks.list())[0]?.active).toBe(false);
    expect(await webhooks.activate()).toBe(true);
    await webhooks.delete('abdf33');
    expect(await webhooks.list()).toEqual([]);
    expect(await webhooks.activate()).toBe(false);
  });

  it('is refused with wrong client credentials, and keeps the secret out of the error', async () => {
    const error = await createPolarV3WebhookAdmin({
      clientId: 'sandbox-client',
      clientSecret: 'wrong-secret',
    })
      .list()
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'AuthError' });
    expect(JSON.stringify(error)).not.toContain('wrong-secret');
    expect(String((error as Error).message)).not.toContain('wrong-secret');
    expect(sandbox.plugin.data.v3.webhook).toBeNull();
  });
});
