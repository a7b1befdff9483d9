import { describe, expect, it } from 'vitest';
import { passThroughHttpSettings, pickCallOptions, systemClock } from '../../src/index.js';

describe('passThroughHttpSettings', () => {
  it('passes only what the caller set, so core defaults apply to the rest', () => {
    expect(passThroughHttpSettings({})).toEqual({});
    const fetchFn: typeof fetch = (input, init) => fetch(input, init);
    const onValidationWarning = () => undefined;
    const onRequest = () => undefined;
    expect(
      passThroughHttpSettings({
        fetch: fetchFn,
        validation: 'warn',
        onValidationWarning,
        hooks: { onRequest },
        clock: systemClock,
        timeoutMs: 0,
        maxRateLimitWaitMs: 5_000,
        rateLimitPolicy: {
          reserve: () => undefined,
          observe: () => undefined,
          retryAt: () => undefined,
        },
      }),
    ).toEqual({
      fetch: fetchFn,
      validation: 'warn',
      onValidationWarning,
      hooks: { onRequest },
      clock: systemClock,
      timeoutMs: 0,
      maxRateLimitWaitMs: 5_000,
    });
  });
});

describe('pickCallOptions', () => {
  it('copies only the call options that are set', () => {
    const signal = new AbortController().signal;
    expect(pickCallOptions()).toEqual({});
    expect(pickCallOptions({ timeoutMs: 0 })).toEqual({ timeoutMs: 0 });
    expect(pickCallOptions({ signal, timeoutMs: 1000, maxRateLimitWaitMs: 2000 })).toEqual({
      signal,
      timeoutMs: 1000,
      maxRateLimitWaitMs: 2000,
    });
    expect(Object.keys(pickCallOptions({ signal: undefined } as never))).toEqual([]);
  });
});
