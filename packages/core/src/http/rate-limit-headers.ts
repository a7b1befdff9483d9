/** What a response says about a rate-limit budget. Times are epoch ms. */
export interface RateLimitState {
  /** Budget size of the window, when stated. */
  limit?: number;
  /** Requests left in the window. */
  remaining?: number;
  /** When the window resets. */
  resetAt?: number;
}

/** Reads a response's headers into a {@link RateLimitState}, or `undefined` when they say nothing. */
export type RateLimitHeaderParser = (headers: Headers, now: number) => RateLimitState | undefined;

/**
 * Parses `Retry-After` (RFC 9110 §10.2.3): delay seconds or an HTTP date.
 *
 * @param value - The header value.
 * @param now - Current time, epoch ms.
 * @returns The instant to retry at (epoch ms), or `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return now + Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(now, date);
}

/** First integer in a header value such as `100` or `100, 100;window=60, 10000;window=86400`. */
function firstInteger(value: string | null): number | undefined {
  const match = value?.match(/-?\d+/);
  return match ? Number(match[0]) : undefined;
}

// Reset values are sent as delta seconds, epoch seconds or epoch milliseconds depending on the
// provider; values this large cannot be deltas.
function resetToInstant(value: number, now: number): number {
  if (value > 1e12) return value;
  if (value > 1e9) return value * 1000;
  return now + value * 1000;
}

/**
 * Parses the IETF `RateLimit-Limit`/`RateLimit-Remaining`/`RateLimit-Reset` headers and the
 * structured `RateLimit: limit=…, remaining=…, reset=…` or `RateLimit: "name";r=…;t=…` forms.
 *
 * @see https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/
 */
export const parseIetfRateLimit: RateLimitHeaderParser = (headers, now) => {
  const combined = headers.get('ratelimit');
  if (combined) {
    const field = (name: string): number | undefined => {
      const match = combined.match(new RegExp(`(?:^|[;,\\s])${name}=(\\d+)`, 'i'));
      return match ? Number(match[1]) : undefined;
    };
    const remaining = field('remaining') ?? field('r');
    const reset = field('reset') ?? field('t');
    const limit = field('limit') ?? firstInteger(headers.get('ratelimit-limit'));
    return compact({
      limit,
      remaining,
      resetAt: reset === undefined ? undefined : now + reset * 1000,
    });
  }
  const remaining = firstInteger(headers.get('ratelimit-remaining'));
  const reset = firstInteger(headers.get('ratelimit-reset'));
  const limit = firstInteger(headers.get('ratelimit-limit'));
  return compact({
    limit,
    remaining,
    resetAt: reset === undefined ? undefined : now + reset * 1000,
  });
};

/**
 * Parses `X-RateLimit-Limit`/`X-RateLimit-Remaining`/`X-RateLimit-Reset`. The reset may be delta
 * seconds, epoch seconds or epoch milliseconds; lists such as `100, 10000;window=86400` give
 * their first value.
 */
export const parseXRateLimit: RateLimitHeaderParser = (headers, now) => {
  const remaining = firstInteger(headers.get('x-ratelimit-remaining'));
  const reset = firstInteger(headers.get('x-ratelimit-reset'));
  const limit = firstInteger(headers.get('x-ratelimit-limit'));
  return compact({
    limit,
    remaining,
    resetAt: reset === undefined ? undefined : resetToInstant(reset, now),
  });
};

function compact(state: {
  limit: number | undefined;
  remaining: number | undefined;
  resetAt: number | undefined;
}): RateLimitState | undefined {
  const out: RateLimitState = {};
  if (state.limit !== undefined) out.limit = state.limit;
  if (state.remaining !== undefined) out.remaining = state.remaining;
  if (state.resetAt !== undefined) out.resetAt = state.resetAt;
  return Object.keys(out).length > 0 ? out : undefined;
}
