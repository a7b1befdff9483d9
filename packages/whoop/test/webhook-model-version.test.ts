import { verifyWhoopWebhookRequest, type WhoopWebhookEvent } from '@fitlink/whoop';
import { createWhoopWebhookRequest, WHOOP_SANDBOX_USER_ID } from '@fitlink/whoop/testing';
import { describe, expect, it } from 'vitest';

// WHOOP's webhook notes (2026-12 freshness B8): each webhook URL has a model version, v2 (the
// default, UUIDs) or v1 legacy (int64 sleep and workout ids); a delivery not answered 2xx within
// 10 s is retried with exponential backoff; the signature scheme is unchanged.
const SECRET = 'sandbox-secret';
const NOW = Date.parse('2026-12-02T08:00:00.000Z');

async function deliver(event: WhoopWebhookEvent, timestamp: number) {
  const request = await createWhoopWebhookRequest({ clientSecret: SECRET, event, timestamp });
  return verifyWhoopWebhookRequest(request, { clientSecret: SECRET, now: NOW });
}

describe('WHOOP webhook model versions and redeliveries', () => {
  it('keeps a v1-model (legacy) sleep id numeric, so a URL left on v1 can be told from v2', async () => {
    const v2 = await deliver(
      {
        user_id: WHOOP_SANDBOX_USER_ID,
        id: 'ecfc6a15-4661-442f-a9a4-f160dd7afae8',
        type: 'sleep.updated',
        trace_id: 'd3c2b1a0-1111-4222-8333-944455556666',
      },
      NOW,
    );
    const v1 = await deliver(
      { user_id: WHOOP_SANDBOX_USER_ID, id: 93845, type: 'sleep.updated', trace_id: 't-v1' },
      NOW,
    );
    expect(typeof v2.id).toBe('string');
    expect(v1.id).toBe(93845);
  });

  it('verifies a redelivery of the same event (a later timestamp) again: deduplication is the receiver’s', async () => {
    const event: WhoopWebhookEvent = {
      user_id: WHOOP_SANDBOX_USER_ID,
      id: '3f9b8c2e-6d41-4a7b-9e15-2c8d7f0a1b64',
      type: 'workout.updated',
      trace_id: 'e369c784-5100-49e8-8098-75d35c47b31b',
    };
    const first = await deliver(event, NOW - 60_000);
    const retried = await deliver(event, NOW - 1_000);
    expect(retried).toEqual(first);
  });
});
