import { describe, expect, it } from 'vitest';
import { encodeSignature, hmac, verifyTimestampedHmacWebhook } from '../../src/index.js';

const secret = 'client-secret-123';
const now = Date.parse('2026-12-02T10:00:00Z');
const body = '\uFEFF{"type":"workout.updated","id":1}';

async function signed(timestamp: string, raw: string) {
  const mac = await hmac('SHA-256', secret, `${timestamp}${raw}`);
  return { 'x-sig': encodeSignature(mac, 'base64'), 'x-ts': timestamp };
}
const verify = (headers: Record<string, string>, raw = body) =>
  verifyTimestampedHmacWebhook({
    provider: 'test',
    secret,
    body: raw,
    headers,
    signatureHeader: 'x-sig',
    timestampHeader: 'x-ts',
    encoding: 'base64',
    timestampUnit: 'milliseconds',
    now,
  });

describe('verifyTimestampedHmacWebhook', () => {
  it('verifies timestamp + raw body and returns the JSON (BOM dropped)', async () => {
    await expect(verify(await signed(String(now), body))).resolves.toEqual({
      type: 'workout.updated',
      id: 1,
    });
  });
  it('refuses a tampered body, a stale timestamp and a missing signature', async () => {
    const headers = await signed(String(now), body);
    await expect(verify(headers, body.replace('1}', '2}'))).rejects.toMatchObject({
      reason: 'bad_signature',
    });
    const stale = await signed(String(now - 3_600_000), body);
    await expect(verify(stale)).rejects.toMatchObject({ reason: 'stale_timestamp' });
    await expect(verify({ 'x-ts': String(now) })).rejects.toMatchObject({
      reason: 'missing_signature',
    });
  });
  it('refuses a signed body that is not JSON as malformed', async () => {
    await expect(verify(await signed(String(now), 'not json'), 'not json')).rejects.toMatchObject({
      reason: 'malformed',
    });
  });
});
