import { ValidationError, WebhookVerificationError } from '@fitlink/core';
import { useSandbox } from '@fitlink/testing/vitest';
import {
  fetchWhoopWebhookChange,
  verifyWhoopWebhook,
  verifyWhoopWebhookRequest,
  type WhoopWebhookEvent,
} from '@fitlink/whoop';
import { createWhoopWebhookRequest, WHOOP_SANDBOX_USER_ID } from '@fitlink/whoop/testing';
import { describe, expect, it } from 'vitest';
import { connect, whoopPlugin } from './helpers.js';

const SECRET = 'sandbox-secret';
const NOW = Date.parse('2026-11-20T12:00:00.000Z');
const event: WhoopWebhookEvent = {
  user_id: WHOOP_SANDBOX_USER_ID,
  id: '3f9b8c2e-6d41-4a7b-9e15-2c8d7f0a1b64',
  type: 'workout.updated',
  trace_id: 'e369c784-5100-49e8-8098-75d35c47b31b',
};

async function attempt(request: Request, secret = SECRET, toleranceSeconds?: number) {
  return verifyWhoopWebhookRequest(request, {
    clientSecret: secret,
    now: NOW,
    ...(toleranceSeconds !== undefined ? { toleranceSeconds } : {}),
  }).catch((error: unknown) => error);
}

describe('verifyWhoopWebhook', () => {
  it('accepts a good signature and returns the typed event', async () => {
    const request = await createWhoopWebhookRequest({
      clientSecret: SECRET,
      event,
      timestamp: NOW - 2000,
    });
    expect(await attempt(request)).toEqual(event);
    // The request stays readable after verification.
    expect(await request.json()).toEqual(event);
  });

  it('signs timestamp + raw body with no separator, base64', async () => {
    const body = JSON.stringify(event);
    const timestamp = String(NOW);
    const key = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(SECRET),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const mac = new Uint8Array(
      await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(timestamp + body)),
    );
    const signature = btoa(String.fromCharCode(...mac));
    const headers = { 'X-WHOOP-Signature': signature, 'X-WHOOP-Signature-Timestamp': timestamp };
    await expect(
      verifyWhoopWebhook({ clientSecret: SECRET, body, headers, now: NOW }),
    ).resolves.toEqual(event);
    await expect(
      verifyWhoopWebhook({
        clientSecret: SECRET,
        body: new TextEncoder().encode(body),
        headers,
        now: NOW,
      }),
    ).resolves.toEqual(event);
  });

  it.each([
    [
      'tampered body',
      async () => {
        const good = await createWhoopWebhookRequest({
          clientSecret: SECRET,
          event,
          timestamp: NOW,
        });
        return new Request(good.url, {
          method: 'POST',
          headers: good.headers,
          body: JSON.stringify({ ...event, id: 'b27e0d6a-91c3-4f08-a5d2-7e4c1f9b3a80' }),
        });
      },
      SECRET,
      'bad_signature',
    ],
    [
      'wrong secret',
      () => createWhoopWebhookRequest({ clientSecret: 'another-secret', event, timestamp: NOW }),
      SECRET,
      'bad_signature',
    ],
    [
      'stale timestamp (6 minutes old)',
      () => createWhoopWebhookRequest({ clientSecret: SECRET, event, timestamp: NOW - 360_000 }),
      SECRET,
      'stale_timestamp',
    ],
    [
      'timestamp from the future',
      () => createWhoopWebhookRequest({ clientSecret: SECRET, event, timestamp: NOW + 360_000 }),
      SECRET,
      'stale_timestamp',
    ],
    [
      'missing signature',
      async () => {
        const good = await createWhoopWebhookRequest({
          clientSecret: SECRET,
          event,
          timestamp: NOW,
        });
        const headers = new Headers(good.headers);
        headers.delete('x-whoop-signature');
        return new Request(good.url, { method: 'POST', headers, body: JSON.stringify(event) });
      },
      SECRET,
      'missing_signature',
    ],
    [
      'missing timestamp',
      async () => {
        const good = await createWhoopWebhookRequest({
          clientSecret: SECRET,
          event,
          timestamp: NOW,
        });
        const headers = new Headers(good.headers);
        headers.delete('x-whoop-signature-timestamp');
        return new Request(good.url, { method: 'POST', headers, body: JSON.stringify(event) });
      },
      SECRET,
      'missing_timestamp',
    ],
    [
      'a signed body that is not JSON',
      () => createWhoopWebhookRequest({ clientSecret: SECRET, event: 'not json', timestamp: NOW }),
      SECRET,
      'malformed',
    ],
  ])('refuses a %s', async (_, build, secret, reason) => {
    const error = await attempt(await build(), secret);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect((error as WebhookVerificationError).reason).toBe(reason);
  });

  it('honours a custom tolerance', async () => {
    const request = await createWhoopWebhookRequest({
      clientSecret: SECRET,
      event,
      timestamp: NOW - 360_000,
    });
    expect(await attempt(request, SECRET, 600)).toEqual(event);
  });

  it('gives ValidationError with a path for a signed body of the wrong shape', async () => {
    const request = await createWhoopWebhookRequest({
      clientSecret: SECRET,
      event: JSON.stringify({ ...event, type: 'cycle.updated' }),
      timestamp: NOW,
    });
    const error = await attempt(request);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toEqual(['type']);
  });
});

describe('fetchWhoopWebhookChange', () => {
  const sandbox = useSandbox(() => [whoopPlugin()]);

  it.each([
    ['workout.updated', 'workout'],
    ['sleep.updated', 'sleep'],
    ['recovery.updated (sleep UUID)', 'recovery-uuid'],
    ['recovery.updated (cycle id)', 'recovery-cycle'],
  ] as const)('fetches and normalizes the record of %s', async (_, kind) => {
    const { client } = await connect(sandbox.plugin);
    const data = sandbox.plugin.data;
    const workout = data?.workouts[2];
    const sleep = data?.sleeps[3];
    const recovery = data?.recoveries[3];
    const base = { user_id: WHOOP_SANDBOX_USER_ID, trace_id: 't' };
    const incoming: WhoopWebhookEvent =
      kind === 'workout'
        ? { ...base, type: 'workout.updated', id: workout?.id ?? '' }
        : kind === 'sleep'
          ? { ...base, type: 'sleep.updated', id: sleep?.id ?? '' }
          : {
              ...base,
              type: 'recovery.updated',
              id: kind === 'recovery-uuid' ? (recovery?.sleep_id ?? '') : (recovery?.cycle_id ?? 0),
            };
    const change = await fetchWhoopWebhookChange(client, incoming);
    if (change.type === 'workout.updated') {
      expect(change.workout).toEqual(workout);
      expect(change.normalized.id).toBe(`whoop:${workout?.id}`);
    } else if (change.type === 'sleep.updated') {
      expect(change.sleep).toEqual(sleep);
      expect(change.normalized.id).toBe(`whoop:${sleep?.id}`);
    } else if (change.type === 'recovery.updated') {
      expect(change.recovery).toEqual(recovery);
      expect(change.cycle.id).toBe(recovery?.cycle_id);
      expect(change.normalized).toMatchObject({
        id: `whoop:${recovery?.cycle_id}`,
        recoveryScore: recovery?.score?.recovery_score,
      });
    } else throw new Error(`unexpected ${change.type}`);
  });

  it('fetches nothing for deletions', async () => {
    const urls: string[] = [];
    const { client } = await connect(sandbox.plugin, {
      client: { hooks: { onRequest: (request) => urls.push(request.url) } },
    });
    const change = await fetchWhoopWebhookChange(client, { ...event, type: 'sleep.deleted' });
    expect(change).toMatchObject({
      type: 'sleep.deleted',
      id: event.id,
      normalizedId: `whoop:${event.id}`,
    });
    expect(urls).toEqual([]);
  });
});
