import { WebhookVerificationError } from '@fitlink/core';
import {
  type OuraWebhookEvent,
  parseOuraWebhookEvent,
  verifyOuraWebhook,
  verifyOuraWebhookChallenge,
  verifyOuraWebhookRequest,
} from '@fitlink/oura';
import { createOuraWebhookRequest } from '@fitlink/oura/testing';
import { describe, expect, it } from 'vitest';

const SECRET = 'oura-client-secret';
const NOW_S = 1_795_000_000;
const event: OuraWebhookEvent = {
  event_type: 'update',
  data_type: 'sleep',
  object_id: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
  event_time: '2026-11-19T13:35:00+00:00',
  user_id: 'sandbox-user-1',
};
// Oura's bytes as sent: spacing and key order of its own, and a non-ASCII character escaped.
const RAW =
  '{"event_type": "update", "data_type": "sleep", "object_id": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e", "event_time": "2026-11-19T13:35:00+00:00", "user_id": "sandbox-user-1", "note": "caf\\u00e9"}';

async function signed(body: string, timestamp = NOW_S) {
  const request = await createOuraWebhookRequest({ clientSecret: SECRET, event: body, timestamp });
  return { headers: request.headers, body };
}

describe('verifyOuraWebhook', () => {
  const now = NOW_S * 1000;

  it('accepts a good signature over the raw bytes, upper- or lower-case hex', async () => {
    const { headers, body } = await signed(RAW);
    expect(headers.get('x-oura-signature')).toMatch(/^[0-9A-F]{64}$/);
    const verified = await verifyOuraWebhook({ clientSecret: SECRET, body, headers, now });
    expect(verified).toMatchObject(event);
    const lower = new Headers(headers);
    lower.set('x-oura-signature', (headers.get('x-oura-signature') ?? '').toLowerCase());
    await expect(
      verifyOuraWebhook({
        clientSecret: SECRET,
        body: new TextEncoder().encode(body),
        headers: lower,
        now,
      }),
    ).resolves.toMatchObject(event);
  });

  it('refuses a tampered body', async () => {
    const { headers } = await signed(RAW);
    const tampered = RAW.replace('"update"', '"delete"');
    await expect(
      verifyOuraWebhook({ clientSecret: SECRET, body: tampered, headers, now }),
    ).rejects.toMatchObject({ name: 'WebhookVerificationError', reason: 'bad_signature' });
  });

  it('refuses the same JSON re-encoded (parsed and serialized again): the bytes are what is signed', async () => {
    const { headers } = await signed(RAW);
    const reencoded = JSON.stringify(JSON.parse(RAW));
    expect(JSON.parse(reencoded)).toEqual(JSON.parse(RAW));
    const error = await verifyOuraWebhook({
      clientSecret: SECRET,
      body: reencoded,
      headers,
      now,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(error).toMatchObject({ reason: 'bad_signature' });
  });

  it('refuses a wrong secret, a missing signature and a stale timestamp', async () => {
    const { headers, body } = await signed(RAW);
    await expect(
      verifyOuraWebhook({ clientSecret: 'other', body, headers, now }),
    ).rejects.toMatchObject({ reason: 'bad_signature' });
    const unsigned = new Headers(headers);
    unsigned.delete('x-oura-signature');
    await expect(
      verifyOuraWebhook({ clientSecret: SECRET, body, headers: unsigned, now }),
    ).rejects.toMatchObject({ reason: 'missing_signature' });
    await expect(
      verifyOuraWebhook({ clientSecret: SECRET, body, headers, now: now + 301_000 }),
    ).rejects.toMatchObject({ reason: 'stale_timestamp' });
  });

  it('verifies a Request without consuming it, and refuses a body that is not an event', async () => {
    const request = await createOuraWebhookRequest({
      clientSecret: SECRET,
      event,
      timestamp: NOW_S,
    });
    await expect(verifyOuraWebhookRequest(request, { clientSecret: SECRET, now })).resolves.toEqual(
      event,
    );
    expect(await request.json()).toEqual(event);
    const { headers, body } = await signed('{"event_type":"update"}');
    await expect(
      verifyOuraWebhook({ clientSecret: SECRET, body, headers, now }),
    ).rejects.toMatchObject({
      name: 'ValidationError',
    });
    expect(() => parseOuraWebhookEvent({ ...event, event_type: 'upsert' })).toThrow(/event_type/);
  });
});

describe('verifyOuraWebhookChallenge', () => {
  it('answers the challenge for the right verification token only', async () => {
    const url = 'https://example.com/oura?verification_token=tok-123&challenge=random-string';
    const response = verifyOuraWebhookChallenge({ url, verificationToken: 'tok-123' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: 'random-string' });
    expect(() => verifyOuraWebhookChallenge({ url, verificationToken: 'tok-999' })).toThrow(
      WebhookVerificationError,
    );
    expect(() =>
      verifyOuraWebhookChallenge({
        url: 'https://example.com/oura?verification_token=tok-123',
        verificationToken: 'tok-123',
      }),
    ).toThrow(/no challenge/);
  });
});
