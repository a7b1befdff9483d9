import { describe, expect, it } from 'vitest';
import { passThroughHttpSettings, systemClock } from '../../src/index.js';

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
