import { describe, expect, it } from 'vitest';
import { lazyEventFields } from '../../src/http/lazy-event-fields.js';

describe('lazyEventFields', () => {
  it('computes a field on its first read only, and never when nobody reads it', () => {
    let calls = 0;
    const event = lazyEventFields(
      { type: 'request' as const },
      {
        headers: () => {
          calls++;
          return { authorization: '[REDACTED]' };
        },
      },
    );
    expect(calls).toBe(0);
    expect(event.headers).toEqual({ authorization: '[REDACTED]' });
    expect(event.headers).toBe(event.headers);
    expect(calls).toBe(1);
  });

  it('shows the fields to spreading, JSON and equality, as plain fields would', () => {
    const event = lazyEventFields({ status: 200 }, { url: () => 'https://api.invalid/x' });
    expect({ ...event }).toEqual({ status: 200, url: 'https://api.invalid/x' });
    expect(JSON.parse(JSON.stringify(event))).toEqual({
      status: 200,
      url: 'https://api.invalid/x',
    });
  });
});
