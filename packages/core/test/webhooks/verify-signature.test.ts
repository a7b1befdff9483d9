import { createHmac } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { ErrorCodes, WebhookVerificationError } from '../../src/errors/index.js';
import {
  isValidHmacSignature,
  type VerifyHmacSignatureOptions,
  verifyHmacSignature,
} from '../../src/webhooks/index.js';

const secret = 'whsec_test_secret';
const payload = '{"object_type":"activity","object_id":1360128428,"aspect_type":"create"}';
const hex = createHmac('sha256', secret).update(payload).digest('hex');
const base64 = createHmac('sha256', secret).update(payload).digest('base64');

const base: VerifyHmacSignatureOptions = {
  algorithm: 'SHA-256',
  secret,
  payload,
  signature: hex,
  encoding: 'hex',
};

async function reason(options: VerifyHmacSignatureOptions): Promise<string> {
  try {
    await verifyHmacSignature(options);
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookVerificationError);
    const { code } = error as WebhookVerificationError;
    if (code === ErrorCodes.webhookBodyTooLarge) return code;
    expect(code).toBe(ErrorCodes.webhookVerification);
    expect(JSON.stringify(error)).not.toContain(secret);
    return (error as WebhookVerificationError).reason;
  }
  return 'verified';
}

describe('verifyHmacSignature', () => {
  it('accepts valid hex (any case), base64 and prefixed signatures', async () => {
    expect(await reason(base)).toBe('verified');
    expect(await reason({ ...base, signature: hex.toUpperCase() })).toBe('verified');
    expect(await reason({ ...base, signature: ` ${hex} ` })).toBe('verified');
    expect(await reason({ ...base, signature: base64, encoding: 'base64' })).toBe('verified');
    expect(await reason({ ...base, signature: `sha256=${hex}`, prefix: 'sha256=' })).toBe(
      'verified',
    );
    const sha1 = createHmac('sha1', secret).update(payload).digest('base64url');
    expect(
      await reason({ ...base, algorithm: 'SHA-1', signature: sha1, encoding: 'base64url' }),
    ).toBe('verified');
  });

  it('reports a missing signature', async () => {
    for (const signature of [undefined, null, '', '  ']) {
      expect(await reason({ ...base, signature })).toBe('missing_signature');
    }
  });

  it('reports tampered bodies, signatures and secrets as bad_signature', async () => {
    expect(await reason({ ...base, payload: payload.replace('create', 'delete') })).toBe(
      'bad_signature',
    );
    expect(await reason({ ...base, payload: `${payload} ` })).toBe('bad_signature');
    const flipped = (hex[0] === 'a' ? 'b' : 'a') + hex.slice(1);
    expect(await reason({ ...base, signature: flipped })).toBe('bad_signature');
    expect(await reason({ ...base, signature: hex.slice(0, -2) })).toBe('bad_signature');
    expect(await reason({ ...base, secret: 'other' })).toBe('bad_signature');
    expect(await reason({ ...base, algorithm: 'SHA-512' })).toBe('bad_signature');
  });

  it('reports a wrong encoding or a missing prefix as bad_signature', async () => {
    expect(await reason({ ...base, signature: base64 })).toBe('bad_signature');
    expect(await reason({ ...base, encoding: 'base64' })).toBe('bad_signature');
    expect(await reason({ ...base, prefix: 'sha256=' })).toBe('bad_signature');
    expect(await reason({ ...base, signature: `sha1=${hex}`, prefix: 'sha256=' })).toBe(
      'bad_signature',
    );
  });

  it('verifies binary payloads', async () => {
    const bytes = new Uint8Array([0, 159, 146, 150, 255]);
    const signature = createHmac('sha256', secret).update(bytes).digest('hex');
    expect(await reason({ ...base, payload: bytes, signature })).toBe('verified');
  });
});

describe('the payload size limit of verifyHmacSignature', () => {
  const bytes = new TextEncoder().encode(payload).byteLength;

  it('verifies a payload of exactly maxPayloadBytes, and refuses one byte more before any HMAC work', async () => {
    expect(await reason({ ...base, maxPayloadBytes: bytes })).toBe('verified');
    const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey');
    try {
      expect(await reason({ ...base, maxPayloadBytes: bytes - 1 })).toBe('webhook_body_too_large');
      // Even a good signature and a missing one: the size is checked first.
      expect(await reason({ ...base, signature: undefined, maxPayloadBytes: 1 })).toBe(
        'webhook_body_too_large',
      );
      expect(importKey).not.toHaveBeenCalled();
    } finally {
      importKey.mockRestore();
    }
  });

  it('defaults to 1 MiB, counting a string as UTF-8 bytes', async () => {
    const big = 'é'.repeat(600_000); // 1,200,000 bytes in 600,000 UTF-16 units
    expect(await reason({ ...base, payload: big })).toBe('webhook_body_too_large');
    const fits = 'é'.repeat(524_288); // exactly 1 MiB
    const signature = createHmac('sha256', secret).update(fits).digest('hex');
    expect(await reason({ ...base, payload: fits, signature })).toBe('verified');
  });

  it('answers false from isValidHmacSignature for an oversized payload', async () => {
    expect(await isValidHmacSignature({ ...base, maxPayloadBytes: 10 })).toBe(false);
  });
});

describe('isValidHmacSignature', () => {
  it('answers with a boolean', async () => {
    expect(await isValidHmacSignature(base)).toBe(true);
    expect(await isValidHmacSignature({ ...base, signature: undefined })).toBe(false);
    expect(await isValidHmacSignature({ ...base, payload: 'tampered' })).toBe(false);
  });

  it('still throws for a configuration error', async () => {
    await expect(isValidHmacSignature({ ...base, secret: '' })).rejects.toMatchObject({
      code: ErrorCodes.invalidArgument,
    });
  });
});
