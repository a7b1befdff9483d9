import { appleHealthExportSchema, readAppleHealthBatch } from '@fitlink/apple-health';
import { createAppleHealthFake, formatAppleHealthDate } from '@fitlink/apple-health/testing';
import { describe, expect, it } from 'vitest';
import { NOW } from '../helpers.js';

describe('createAppleHealthFake', () => {
  it.each(['metric', 'imperial'] as const)(
    'renders a schema-valid export on a %s phone',
    (units) => {
      const body = createAppleHealthFake({ now: NOW, days: 90, units });
      const parsed = appleHealthExportSchema.parse(body);
      const batch = readAppleHealthBatch(parsed);
      expect(batch.issues).toEqual([]);
      expect(batch.unknownMetrics).toEqual([]);
      expect(batch.activities.length).toBe(body.data.workouts?.length);
      const distances = (body.data.workouts ?? []).flatMap((workout) =>
        workout.distance ? [workout.distance.units] : [],
      );
      expect(new Set(distances)).toEqual(new Set([units === 'metric' ? 'km' : 'mi']));
    },
  );

  it('writes the offset the athlete was at: the timeline travels', () => {
    const body = createAppleHealthFake({ now: NOW, days: 90 });
    const offsets = new Set((body.data.workouts ?? []).map((workout) => workout.start.slice(-5)));
    expect(offsets.size).toBeGreaterThan(1);
  });

  it('is deterministic for a seed', () => {
    expect(createAppleHealthFake({ now: NOW, days: 5, seed: 3 })).toEqual(
      createAppleHealthFake({ now: NOW, days: 5, seed: 3 }),
    );
  });
});

describe('formatAppleHealthDate', () => {
  it.each([
    [Date.parse('2026-08-26T11:02:00Z'), -240, '2026-08-26 07:02:00 -0400'],
    [Date.parse('2026-08-26T18:00:00Z'), 330, '2026-08-26 23:30:00 +0530'],
    [Date.parse('2026-08-26T00:00:00Z'), 0, '2026-08-26 00:00:00 +0000'],
  ])('%d at %d → %s', (ms, offset, expected) => {
    expect(formatAppleHealthDate(ms, offset)).toBe(expected);
  });
});
