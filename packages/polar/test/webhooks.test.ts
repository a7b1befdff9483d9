import { encodeSignature, hmac, WebhookVerificationError } from '@fitlink/core';
import {
  fetchPolarWebhookChange,
  parsePolarWebhookEvent,
  verifyPolarWebhook,
  verifyPolarWebhookRequest,
} from '@fitlink/polar';
import { createPolarWebhookRequest } from '@fitlink/polar/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connectV3, polarPlugin } from './helpers.js';

const SECRET = 'sandbox-webhook-secret';
const EVENT = {
  event: 'EXERCISE',
  user_id: 38_101_774,
  entity_id: 'aQlC83',
  timestamp: '2026-11-20T12:00:00.000Z',
  url: 'https://www.polaraccesslink.com/v3/exercises/aQlC83',
};

describe('v3 webhooks (Polar-Webhook-Signature)', () => {
  it('verifies a signed request and types the event', async () => {
    const request = await createPolarWebhookRequest({ signatureSecretKey: SECRET, event: EVENT });
    const event = await verifyPolarWebhookRequest(request, { signatureSecretKey: SECRET });
    expect(event).toMatchObject({ event: 'EXERCISE', entity_id: 'aQlC83', user_id: 38_101_774 });
  });

  it('signs the raw bytes: a re-encoded body of the same JSON fails', async () => {
    const raw = '{"event":"PING","timestamp":"2026-11-20T12:00:00Z"}';
    const signature = encodeSignature(await hmac('SHA-256', SECRET, raw), 'hex');
    const headers = new Headers({ 'polar-webhook-signature': signature });
    await expect(
      verifyPolarWebhook({ signatureSecretKey: SECRET, body: raw, headers }),
    ).resolves.toMatchObject({
      event: 'PING',
    });
    const reencoded = JSON.stringify(JSON.parse(raw), null, 1);
    await expect(
      verifyPolarWebhook({ signatureSecretKey: SECRET, body: reencoded, headers }),
    ).rejects.toMatchObject({ reason: 'bad_signature' });
  });

  it('refuses a tampered body, a wrong secret and a missing signature', async () => {
    const request = await createPolarWebhookRequest({ signatureSecretKey: SECRET, event: EVENT });
    const body = (await request.text()).replace('aQlC83', 'bQlC83');
    const error = await verifyPolarWebhook({
      signatureSecretKey: SECRET,
      body,
      headers: request.headers,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(error).toMatchObject({ reason: 'bad_signature' });
    const again = await createPolarWebhookRequest({ signatureSecretKey: SECRET, event: EVENT });
    await expect(
      verifyPolarWebhookRequest(again, { signatureSecretKey: 'other-secret' }),
    ).rejects.toMatchObject({ reason: 'bad_signature' });
    await expect(
      verifyPolarWebhook({ signatureSecretKey: SECRET, body: '{}', headers: new Headers() }),
    ).rejects.toMatchObject({ reason: 'missing_signature' });
  });

  it('checks the body timestamp only when a window is given', async () => {
    const request = await createPolarWebhookRequest({ signatureSecretKey: SECRET, event: EVENT });
    const body = await request.text();
    const options = { signatureSecretKey: SECRET, body, headers: request.headers };
    await expect(verifyPolarWebhook(options)).resolves.toBeDefined();
    await expect(
      verifyPolarWebhook({
        ...options,
        toleranceSeconds: 300,
        now: Date.parse('2026-11-20T12:04:00Z'),
      }),
    ).resolves.toBeDefined();
    await expect(
      verifyPolarWebhook({
        ...options,
        toleranceSeconds: 300,
        now: Date.parse('2026-11-20T13:00:00Z'),
      }),
    ).rejects.toMatchObject({ reason: 'stale_timestamp' });
  });

  it('gives a ValidationError with a path for a malformed event', () => {
    expect(() => parsePolarWebhookEvent({ event: 'EXERCISE' })).toThrowError(
      expect.objectContaining({ name: 'ValidationError' }),
    );
  });
});

describe('fetchPolarWebhookChange', () => {
  const sandbox = useSandbox(() => [polarPlugin()]);

  it('fetches the exercise an EXERCISE event announces; PING needs nothing', async () => {
    const { client } = await connectV3(sandbox.plugin);
    const id = String(sandbox.plugin.data.v3.exercises[0]?.id);
    const change = await fetchPolarWebhookChange({ ...EVENT, entity_id: id }, client);
    expect(change.kind).toBe('exercise');
    expect(change.exercise?.id).toBe(id);
    const ping = await fetchPolarWebhookChange(
      { event: 'PING', timestamp: EVENT.timestamp },
      client,
    );
    expect(ping.kind).toBe('ping');
    const sleep = await fetchPolarWebhookChange({ ...EVENT, event: 'SLEEP' }, client);
    expect(sleep.kind).toBe('unsupported');
  });
});
