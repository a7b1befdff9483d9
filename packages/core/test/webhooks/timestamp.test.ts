import { describe, expect, it } from 'vitest';
import { ErrorCodes, WebhookVerificationError } from '../../src/errors/index.js';
import { type CheckTimestampOptions, checkTimestamp } from '../../src/webhooks/index.js';

const now = Date.parse('2025-06-01T12:00:00.000Z');
const nowSeconds = now / 1000;

function reason(
  timestamp: Parameters<typeof checkTimestamp>[0],
  options: CheckTimestampOptions = {},
) {
  try {
    checkTimestamp(timestamp, { now, ...options });
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookVerificationError);
    return (error as WebhookVerificationError).reason;
  }
}

describe('checkTimestamp', () => {
  it('accepts seconds, milliseconds, numeric strings, ISO strings and Dates within tolerance', () => {
    expect(checkTimestamp(nowSeconds - 10, { now })).toEqual(new Date(now - 10_000));
    expect(checkTimestamp(now + 10_000, { now })).toEqual(new Date(now + 10_000));
    expect(checkTimestamp(String(nowSeconds), { now })).toEqual(new Date(now));
    expect(checkTimestamp('2025-06-01T12:04:00Z', { now })).toEqual(new Date(now + 240_000));
    expect(checkTimestamp(new Date(now - 299_000), { now })).toEqual(new Date(now - 299_000));
    expect(checkTimestamp(nowSeconds, { now: new Date(now) })).toEqual(new Date(now));
  });

  it('rejects stale timestamps in the past and the future', () => {
    expect(reason(nowSeconds - 301)).toBe('stale_timestamp');
    expect(reason(nowSeconds + 301)).toBe('stale_timestamp');
    expect(reason(nowSeconds - 300)).toBe('ok');
    expect(reason(nowSeconds - 61, { toleranceSeconds: 60 })).toBe('stale_timestamp');
    expect(reason(nowSeconds + 1, { toleranceSeconds: 0 })).toBe('stale_timestamp');
    expect(() => checkTimestamp(nowSeconds - 3600, { now })).toThrow(/3600 s in the past/);
    expect(() => checkTimestamp(nowSeconds + 3600, { now })).toThrow(/in the future/);
  });

  it('rejects missing and unreadable timestamps', () => {
    for (const value of [undefined, null, '', ' ', 'yesterday', Number.NaN, new Date(Number.NaN)]) {
      expect(reason(value)).toBe('missing_timestamp');
    }
  });

  it('honours an explicit unit', () => {
    expect(reason(now, { unit: 'milliseconds' })).toBe('ok');
    expect(reason(nowSeconds, { unit: 'milliseconds' })).toBe('stale_timestamp');
    expect(reason(now, { unit: 'seconds' })).toBe('stale_timestamp');
    expect(reason(String(nowSeconds), { unit: 'seconds' })).toBe('ok');
  });

  it('uses the real clock by default', () => {
    expect(checkTimestamp(Math.floor(Date.now() / 1000))).toBeInstanceOf(Date);
  });

  it('refuses a negative tolerance', () => {
    expect(() => checkTimestamp(nowSeconds, { now, toleranceSeconds: -1 })).toThrow(
      expect.objectContaining({ code: ErrorCodes.invalidArgument }),
    );
  });
});
