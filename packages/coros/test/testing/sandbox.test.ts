import { corosActivitySchema, corosDailySchema, mapCorosActivity } from '@fitlink/coros';
import { createCorosFake, stringifyCorosJson } from '@fitlink/coros/testing';
import { describe, expect, it } from 'vitest';

describe('createCorosFake', () => {
  const fake = createCorosFake({ seed: 2, now: Date.parse('2026-11-22T12:00:00Z'), days: 30 });

  it('renders schema-valid workouts and days in COROS units', () => {
    expect(fake.activities.length).toBeGreaterThan(10);
    for (const workout of fake.activities)
      expect(corosActivitySchema.parse(workout)).toEqual(workout);
    for (const day of fake.daily) expect(corosDailySchema.parse(day)).toEqual(day);
    const first = fake.activities[0];
    expect(Number.isInteger(first?.startTimezone)).toBe(true);
    expect(first?.startTime).toBeLessThan(1e11);
    expect(mapCorosActivity(first ?? corosActivitySchema.parse({})).provider).toBe('coros');
  });

  it('writes 64-bit ids as bare JSON numbers, as COROS does', () => {
    const text = stringifyCorosJson({ sportDataList: fake.activities.slice(0, 1) });
    expect(text).toMatch(/"labelId":\d{18}[,}]/);
  });
});
