import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  parseIetfRateLimit,
  parseRetryAfter,
  parseXRateLimit,
} from '../../src/index.js';

const now = Date.parse('2026-11-22T10:00:00Z');

describe('rate-limit header parsers', () => {
  it.each([
    ['120', now + 120_000],
    ['0', now],
    ['Sun, 22 Nov 2026 10:01:00 GMT', now + 60_000],
    ['garbage', undefined],
    [null, undefined],
  ])('Retry-After %s', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it('reads X-RateLimit-* with delta, epoch seconds and lists', () => {
    expect(
      parseXRateLimit(
        new Headers({
          'x-ratelimit-limit': '100',
          'x-ratelimit-remaining': '3',
          'x-ratelimit-reset': '42',
        }),
        now,
      ),
    ).toEqual({ limit: 100, remaining: 3, resetAt: now + 42_000 });
    expect(
      parseXRateLimit(new Headers({ 'x-ratelimit-reset': String(now / 1000 + 10) }), now),
    ).toEqual({ resetAt: now + 10_000 });
    expect(
      parseXRateLimit(
        new Headers({
          'x-ratelimit-limit': '100, 100;window=60, 10000;window=86400',
          'x-ratelimit-remaining': '98',
        }),
        now,
      ),
    ).toEqual({ limit: 100, remaining: 98 });
    expect(parseXRateLimit(new Headers(), now)).toBeUndefined();
  });

  it('reads IETF RateLimit headers in separate and structured forms', () => {
    expect(
      parseIetfRateLimit(
        new Headers({
          'ratelimit-limit': '10',
          'ratelimit-remaining': '0',
          'ratelimit-reset': '5',
        }),
        now,
      ),
    ).toEqual({ limit: 10, remaining: 0, resetAt: now + 5000 });
    expect(
      parseIetfRateLimit(new Headers({ ratelimit: 'limit=10, remaining=2, reset=9' }), now),
    ).toEqual({ limit: 10, remaining: 2, resetAt: now + 9000 });
    expect(parseIetfRateLimit(new Headers({ ratelimit: '"default";r=0;t=30' }), now)).toEqual({
      remaining: 0,
      resetAt: now + 30_000,
    });
  });

  it('backs off exponentially with jitter inside [half, full] and a cap', () => {
    expect(backoffDelay(0, { baseDelayMs: 100 }, () => 0)).toBe(50);
    expect(backoffDelay(3, { baseDelayMs: 100 }, () => 0.999999)).toBe(800);
    expect(backoffDelay(20, { baseDelayMs: 100, maxDelayMs: 1000 }, () => 1)).toBe(1000);
  });
});
