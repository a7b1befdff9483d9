import {
  ErrorCodes,
  encodeSignature,
  hmac,
  ValidationError,
  WebhookVerificationError,
} from '@fitlink/core';
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

/** Signs raw body bytes as WHOOP does: base64 HMAC-SHA256 over timestamp bytes + body bytes. */
async function signedBytesRequest(body: Uint8Array<ArrayBuffer>, timestamp = NOW, secret = SECRET) {
  const stamp = new TextEncoder().encode(String(timestamp));
  const message = new Uint8Array(stamp.length + body.length);
  message.set(stamp);
  message.set(body, stamp.length);
  const signature = encodeSignature(await hmac('SHA-256', secret, message), 'base64');
  const headers = {
    'x-whoop-signature': signature,
    'x-whoop-signature-timestamp': String(timestamp),
  };
  return {
    headers,
    request: (bytes: Uint8Array<ArrayBuffer> = body) =>
      new Request('https://app.sandbox.fitlink.test/webhooks/whoop', {
        method: 'POST',
        headers,
        body: bytes,
      }),
  };
}

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const bytesOf = (...parts: (Uint8Array | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => [...part]));

describe('verifyWhoopWebhook over raw bytes', () => {
  it('verifies a body starting with a UTF-8 BOM exactly as WHOOP signed it', async () => {
    const body = bytesOf([0xef, 0xbb, 0xbf], json(event));
    const { request, headers } = await signedBytesRequest(body);
    expect(await attempt(request())).toEqual(event);
    await expect(
      verifyWhoopWebhook({ clientSecret: SECRET, body, headers, now: NOW }),
    ).resolves.toEqual(event);
    // A string that kept the BOM encodes back to the same bytes.
    const text = `\uFEFF${JSON.stringify(event)}`;
    await expect(
      verifyWhoopWebhook({ clientSecret: SECRET, body: text, headers, now: NOW }),
    ).resolves.toEqual(event);
    // The same body without its BOM is other bytes: refused.
    expect(await attempt(request(json(event)))).toMatchObject({ reason: 'bad_signature' });
    await expect(
      verifyWhoopWebhook({ clientSecret: SECRET, body: JSON.stringify(event), headers, now: NOW }),
    ).rejects.toMatchObject({ reason: 'bad_signature' });
  });

  it('verifies a body with invalid UTF-8 bytes, and decodes it as request.json() would', async () => {
    const text = JSON.stringify({ ...event, trace_id: 'tXX' });
    const body = new TextEncoder().encode(text);
    const at = text.indexOf('tXX') + 1;
    body.set([0xff, 0xc3], at); // 0xff is never UTF-8; 0xc3 starts a sequence that never ends
    const { request } = await signedBytesRequest(body);
    const verified = await attempt(request());
    expect(verified).toEqual({ ...event, trace_id: 't\uFFFD\uFFFD' });
  });

  it('refuses a tampered byte even when the decoded text is unchanged', async () => {
    const text = JSON.stringify({ ...event, trace_id: 'tX' });
    const body = new TextEncoder().encode(text);
    body.set([0xff], text.indexOf('tX') + 1);
    const { request } = await signedBytesRequest(body);
    const tampered = body.slice();
    tampered.set([0xfe], text.indexOf('tX') + 1);
    // Both decode to the same text ("t\uFFFD"): only a byte-exact MAC tells them apart.
    expect(new TextDecoder().decode(tampered)).toBe(new TextDecoder().decode(body));
    expect(await attempt(request(tampered))).toMatchObject({ reason: 'bad_signature' });
  });
});

describe('the WHOOP body size limit', () => {
  it('accepts a body of exactly maxBodyBytes and refuses one byte more', async () => {
    const body = json(event);
    const { request, headers } = await signedBytesRequest(body);
    const limited = (maxBodyBytes: number) =>
      verifyWhoopWebhookRequest(request(), { clientSecret: SECRET, now: NOW, maxBodyBytes }).catch(
        (error: unknown) => error,
      );
    expect(await limited(body.byteLength)).toEqual(event);
    expect(await limited(body.byteLength - 1)).toMatchObject({
      code: ErrorCodes.webhookBodyTooLarge,
      reason: 'malformed',
      provider: 'whoop',
    });
    // The raw-body variant, with bytes and with a string.
    for (const raw of [body, JSON.stringify(event)]) {
      await expect(
        verifyWhoopWebhook({
          clientSecret: SECRET,
          body: raw,
          headers,
          now: NOW,
          maxBodyBytes: body.byteLength - 1,
        }),
      ).rejects.toMatchObject({ code: ErrorCodes.webhookBodyTooLarge });
    }
  });

  it('refuses a body over the 1 MiB default before the timestamp or signature is looked at', async () => {
    const padded = `${JSON.stringify(event).slice(0, -1)},"pad":"${'x'.repeat(1_048_576)}"}`;
    const request = new Request('https://app.sandbox.fitlink.test/webhooks/whoop', {
      method: 'POST',
      body: padded, // no signature, no timestamp: the size is what fails
    });
    const error = await attempt(request);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(error).toMatchObject({ code: ErrorCodes.webhookBodyTooLarge, reason: 'malformed' });
  });

  it('stops reading an endless body at the limit', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled += 4096;
          controller.enqueue(new Uint8Array(4096).fill(0x20));
        },
      },
      { highWaterMark: 0 },
    );
    const good = await createWhoopWebhookRequest({ clientSecret: SECRET, event, timestamp: NOW });
    const request = new Request(good.url, {
      method: 'POST',
      headers: good.headers,
      body: stream,
      duplex: 'half',
    } as RequestInit);
    const error = await verifyWhoopWebhookRequest(request, {
      clientSecret: SECRET,
      now: NOW,
      maxBodyBytes: 64 * 1024,
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: ErrorCodes.webhookBodyTooLarge });
    expect(pulled).toBeLessThanOrEqual(64 * 1024 + 3 * 4096);
  });

  it('refuses a maxBodyBytes that is not a positive integer', async () => {
    const request = await createWhoopWebhookRequest({
      clientSecret: SECRET,
      event,
      timestamp: NOW,
    });
    await expect(
      verifyWhoopWebhookRequest(request, { clientSecret: SECRET, now: NOW, maxBodyBytes: 0 }),
    ).rejects.toMatchObject({ code: ErrorCodes.invalidArgument });
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
