import { WebhookVerificationError } from '@fitlink/core';
import {
  fetchGoogleHealthWebhookChange,
  verifyGoogleHealthWebhook,
  verifyGoogleHealthWebhookRequest,
} from '@fitlink/google-health';
import {
  createGoogleHealthWebhookRequest,
  createGoogleHealthWebhookSigner,
} from '@fitlink/google-health/testing';
import { useSandbox } from '@fitlink/testing/vitest';
import { describe, expect, it } from 'vitest';
import { connect, googleHealthPlugin } from './helpers.js';

const SECRET = 'Bearer subscriber-s3cret-value';

describe('webhooks', () => {
  const sandbox = useSandbox(() => [googleHealthPlugin()]);

  it('answers the endpoint verification: with the secret it is a verification, without it 401', async () => {
    const ok = await verifyGoogleHealthWebhookRequest(
      await createGoogleHealthWebhookRequest({ secret: SECRET, body: { type: 'verification' } }),
      { secret: SECRET },
    );
    expect(ok).toEqual({ kind: 'verification' });
    const refused = await verifyGoogleHealthWebhookRequest(
      await createGoogleHealthWebhookRequest({ body: { type: 'verification' } }),
      { secret: SECRET },
    ).catch((caught: unknown) => caught);
    expect(refused).toBeInstanceOf(WebhookVerificationError);
    expect(refused).toMatchObject({ reason: 'bad_api_key' });
    expect(JSON.stringify((refused as WebhookVerificationError).toJSON())).not.toContain('s3cret');
  });

  it('verifies the ECDSA P-256 signature over the raw bytes: good, tampered, re-encoded, missing', async () => {
    const signer = await createGoogleHealthWebhookSigner();
    const other = await createGoogleHealthWebhookSigner();
    const body = '{"healthUserId":"1d4e9c2ab7f04e55","dataType":"steps","operation":"UPSERT"}';
    const signature = await signer.sign(body);
    const headers = { authorization: SECRET, 'x-healthapi-signature': signature };
    const options = { secret: SECRET, publicKey: signer.publicKeyPem };

    await expect(verifyGoogleHealthWebhook({ ...options, body, headers })).resolves.toMatchObject({
      kind: 'notification',
      event: { dataType: 'steps', healthUserId: '1d4e9c2ab7f04e55' },
    });
    const cases = {
      tampered: { body: body.replace('steps', 'sleep'), headers },
      reEncoded: { body: JSON.stringify(JSON.parse(body), null, 2), headers },
      otherKey: { body, headers: { ...headers, 'x-healthapi-signature': await other.sign(body) } },
      missing: { body, headers: { authorization: SECRET } },
      garbage: { body, headers: { ...headers, 'x-healthapi-signature': 'not base64!' } },
    };
    for (const [name, input] of Object.entries(cases)) {
      const error = await verifyGoogleHealthWebhook({ ...options, ...input }).catch(
        (caught: unknown) => caught,
      );
      expect(error, name).toBeInstanceOf(WebhookVerificationError);
      expect((error as WebhookVerificationError).reason, name).toBe(
        name === 'missing' ? 'missing_signature' : 'bad_signature',
      );
    }
  });

  it('accepts raw r||s signatures and a JWK key too', async () => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
      'verify',
    ]);
    const body = '{"dataType":"weight"}';
    const raw = new Uint8Array(
      await crypto.subtle.sign(
        { name: 'ECDSA', hash: 'SHA-256' },
        pair.privateKey,
        new TextEncoder().encode(body),
      ),
    );
    const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
    await expect(
      verifyGoogleHealthWebhook({
        secret: SECRET,
        publicKey: jwk,
        body,
        headers: {
          authorization: SECRET,
          'x-healthapi-signature': btoa(String.fromCharCode(...raw)),
        },
      }),
    ).resolves.toMatchObject({ kind: 'notification' });
  });

  it('fetches the change a notification points at', async () => {
    const { client } = await connect(sandbox.plugin);
    const result = await verifyGoogleHealthWebhookRequest(
      await createGoogleHealthWebhookRequest({ secret: SECRET }),
      { secret: SECRET },
    );
    if (result.kind !== 'notification') throw new Error('expected a notification');
    const change = await fetchGoogleHealthWebhookChange({
      dataPoints: client.dataPoints,
      event: result.event,
    });
    expect(change.dataType).toBe('steps');
    expect(change.dataPoints.length).toBeGreaterThan(0);
    expect(change.dataPoints.every((point) => point.steps !== undefined)).toBe(true);
    const deleted = await fetchGoogleHealthWebhookChange({
      dataPoints: client.dataPoints,
      event: { ...result.event, operation: 'DELETE' },
    });
    expect(deleted.dataPoints).toEqual([]);
  });
});
