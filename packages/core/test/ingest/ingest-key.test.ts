import { describe, expect, it } from 'vitest';
import {
  generateIngestKey,
  hashIngestKey,
  idempotencyKey,
  parseIngestKey,
  verifyIngestKey,
} from '../../src/index.js';

describe('ingest keys', () => {
  it('generates a prefixed key whose hash verifies and whose id parses back', async () => {
    const { key, id, hash } = await generateIngestKey({ prefix: 'flhc' });
    expect(key).toMatch(/^flhc_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(parseIngestKey(key)).toEqual({ prefix: 'flhc', id });
    expect(hash).toBe(await hashIngestKey(key));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyIngestKey(key, hash)).toBe(true);
    expect(await verifyIngestKey(key, hash.toUpperCase())).toBe(true);
    expect(await verifyIngestKey(`${key}x`, hash)).toBe(false);
    expect(hash).not.toContain(key.split('_')[2] ?? '');
  });

  it('never repeats a key', async () => {
    const keys = await Promise.all(
      Array.from({ length: 50 }, () => generateIngestKey({ prefix: 'ab' })),
    );
    expect(new Set(keys.map((k) => k.key)).size).toBe(50);
    expect(new Set(keys.map((k) => k.id)).size).toBe(50);
  });

  it('refuses a prefix that is not 2–16 letters or digits', async () => {
    for (const prefix of ['', 'a', 'has_underscore', 'x'.repeat(17)]) {
      await expect(generateIngestKey({ prefix })).rejects.toMatchObject({
        code: 'invalid_argument',
      });
    }
  });

  it('reads only keys of the generated shape', () => {
    expect(parseIngestKey('flhc_0123456789abcdef_short')).toBeNull();
    expect(parseIngestKey('Bearer x')).toBeNull();
  });
});

describe('idempotencyKey', () => {
  it('is stable and never ambiguous', () => {
    expect(idempotencyKey('garmin', 'activity', 12345)).toBe('garmin:activity:12345');
    expect(idempotencyKey('a:b', 'c')).not.toBe(idempotencyKey('a', 'b:c'));
    expect(idempotencyKey('a\\', ':b')).not.toBe(idempotencyKey('a\\:', 'b'));
  });
  it('refuses no parts and non-finite numbers', () => {
    expect(() => idempotencyKey()).toThrow(/at least one/);
    expect(() => idempotencyKey('x', Number.NaN)).toThrow(/finite/);
  });
});
