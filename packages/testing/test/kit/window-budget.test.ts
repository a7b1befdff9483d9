import { describe, expect, it } from 'vitest';
import { createWindowBudget } from '../../src/index.js';

const MINUTE = 60_000;
const QUARTER = 15 * MINUTE;

describe('createWindowBudget', () => {
  it('windows from the first request: counts, limits, resets after their length', () => {
    let now = 1_000_000;
    const budget = createWindowBudget({
      now: () => now,
      windows: [
        { name: 'minute', limit: 2, windowMs: MINUTE, align: 'first-request' },
        { name: 'day', limit: 100, windowMs: 86_400_000, align: 'first-request' },
      ],
    });
    const request = { route: 'workouts', method: 'GET' };
    expect(budget.take(request).limited).toBe(false);
    now += 30_000;
    const second = budget.take(request);
    expect(second.limited).toBe(false);
    expect(second.windows[0]).toMatchObject({
      name: 'minute',
      used: 2,
      remaining: 0,
      resetAt: 1_060_000,
    });
    const third = budget.take(request);
    expect(third).toMatchObject({ limited: true, window: { name: 'minute', resetAt: 1_060_000 } });
    // Not counted when rejected (the default).
    expect(budget.usage).toEqual({ minute: 2, day: 2 });
    expect(budget.rejected).toBe(1);
    now = 1_060_000;
    expect(budget.take(request).limited).toBe(false);
    expect(budget.usage).toEqual({ minute: 1, day: 3 });
  });

  it('epoch-aligned windows, per-route counting and counted rejections (Strava)', () => {
    let now = Date.parse('2026-11-22T12:14:00Z');
    const budget = createWindowBudget({
      now: () => now,
      countRejected: true,
      windows: [
        { name: 'short', limit: 200, windowMs: QUARTER },
        { name: 'readShort', limit: 1, windowMs: QUARTER, counts: (r) => r.route !== 'upload' },
      ],
    });
    expect(budget.take({ route: 'activities', method: 'GET' }).limited).toBe(false);
    const limited = budget.take({ route: 'activities', method: 'GET' });
    expect(limited).toMatchObject({ limited: true, window: { name: 'readShort' } });
    expect(limited.window?.resetAt).toBe(Date.parse('2026-11-22T12:15:00Z'));
    expect(budget.take({ route: 'upload', method: 'POST' }).limited).toBe(false);
    expect(budget.usage).toEqual({ short: 3, readShort: 2 });
    now = Date.parse('2026-11-22T12:15:00Z');
    expect(budget.take({ route: 'activities', method: 'GET' }).limited).toBe(false);
    expect(budget.usage).toEqual({ short: 1, readShort: 1 });
  });

  it('spend and writable limits steer it from tests', () => {
    const budget = createWindowBudget({
      windows: [{ name: 'minute', limit: 5, windowMs: MINUTE }],
    });
    budget.spend('minute');
    expect(budget.take({ route: 'x', method: 'GET' }).limited).toBe(true);
    budget.limits.minute = 10;
    expect(budget.take({ route: 'x', method: 'GET' }).limited).toBe(false);
    expect(() => budget.spend('hour')).toThrow(/no window "hour"/);
    expect(() => createWindowBudget({ windows: [{ name: 'a', limit: 1, windowMs: 0 }] })).toThrow(
      TypeError,
    );
  });
});
