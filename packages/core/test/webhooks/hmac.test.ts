import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../src/errors/index.js';
import { decodeBytes, encodeSignature, hmac } from '../../src/webhooks/index.js';

describe('hmac', () => {
  it.each(['SHA-1', 'SHA-256', 'SHA-512'] as const)(
    'matches node:crypto for %s',
    async (algorithm) => {
      const nodeName = algorithm.replace('-', '').toLowerCase();
      const body = '{"event":"activity.created","name":"Morgenlauf ü"}';
      const expected = createHmac(nodeName, 's3cret').update(body).digest();
      expect(Buffer.from(await hmac(algorithm, 's3cret', body))).toEqual(expected);
      const binarySecret = new Uint8Array([0, 1, 2, 255]);
      expect(
        Buffer.from(await hmac(algorithm, binarySecret, new TextEncoder().encode(body))),
      ).toEqual(createHmac(nodeName, binarySecret).update(body).digest());
    },
  );

  it('matches RFC 4231 test case 2', async () => {
    const mac = await hmac('SHA-256', 'Jefe', 'what do ya want for nothing?');
    expect(encodeSignature(mac, 'hex')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('refuses an empty secret', async () => {
    await expect(hmac('SHA-256', '', 'x')).rejects.toMatchObject({
      code: ErrorCodes.invalidArgument,
    });
  });
});

describe('encodeSignature and decodeBytes', () => {
  const bytes = new Uint8Array([0xfb, 0xff, 0x00, 0x10, 0x3e]);

  it('encodes like Buffer', () => {
    const buffer = Buffer.from(bytes);
    expect(encodeSignature(bytes, 'hex')).toBe(buffer.toString('hex'));
    expect(encodeSignature(bytes, 'base64')).toBe(buffer.toString('base64'));
    expect(encodeSignature(bytes, 'base64url')).toBe(buffer.toString('base64url'));
  });

  it('decodes what it encodes, hex in any case, base64 with or without padding', () => {
    for (const encoding of ['hex', 'base64', 'base64url'] as const) {
      expect(decodeBytes(encodeSignature(bytes, encoding), encoding)).toEqual(bytes);
    }
    expect(decodeBytes('FBFF00103E', 'hex')).toEqual(bytes);
    expect(decodeBytes('+/8AED4', 'base64')).toEqual(bytes);
  });

  it('rejects invalid and non-canonical text', () => {
    expect(decodeBytes('abc', 'hex')).toBeUndefined();
    expect(decodeBytes('zz', 'hex')).toBeUndefined();
    expect(decodeBytes('-_8AED4', 'base64')).toBeUndefined();
    expect(decodeBytes('+/8AED4', 'base64url')).toBeUndefined();
    expect(decodeBytes('-_8AED5', 'base64url')).toBeUndefined(); // same bytes, stray low bits
    expect(decodeBytes('A', 'base64url')).toBeUndefined();
  });
});
