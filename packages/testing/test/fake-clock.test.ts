import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../src/index.js';

describe('createFakeClock', () => {
  it('records waits and moves virtual time without real waiting', async () => {
    const clock = createFakeClock({ start: Date.parse('2026-11-22T12:00:00Z') });
    await clock.sleep(600_000);
    await clock.sleep(-5);
    expect(clock.sleeps).toEqual([600_000, -5]);
    expect(new Date(clock.now()).toISOString()).toBe('2026-11-22T12:10:00.000Z');
    clock.advance(1000);
    expect(clock.now()).toBe(Date.parse('2026-11-22T12:10:01Z'));
    clock.set(0);
    expect(clock.now()).toBe(0);
  });

  it('rejects a sleep whose signal has aborted, without recording it', async () => {
    const clock = createFakeClock({ start: 0 });
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(clock.sleep(10, controller.signal)).rejects.toThrow('stop');
    expect(clock.sleeps).toEqual([]);
    expect(clock.now()).toBe(0);
  });
});
