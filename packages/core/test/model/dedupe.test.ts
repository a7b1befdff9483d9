import { describe, expect, it } from 'vitest';
import {
  type Activity,
  type ActivityInput,
  createActivity,
  dedupeActivities,
  findDuplicates,
} from '../../src/model/index.js';

const rideStart = Date.UTC(2026, 4, 1, 6, 30);

function ride(
  provider: string,
  externalId: string,
  overrides: Partial<ActivityInput> = {},
): Activity {
  return createActivity({
    provider,
    externalId,
    sport: 'ride',
    startTime: rideStart,
    elapsedSeconds: 3600,
    distanceMetres: 30_000,
    ...overrides,
  });
}

const garmin = ride('garmin', '1001', { heartRateAvgBpm: 141, powerAvgWatts: 201 });
const strava = ride('strava', '42', {
  startTime: rideStart + 30_000,
  elapsedSeconds: 3570,
  distanceMetres: 29_950,
});

describe('findDuplicates', () => {
  it('groups the same ride from Garmin and Strava 30 s apart, Garmin preferred by priority', () => {
    const { groups } = findDuplicates([strava, garmin], { providerPriority: ['garmin', 'strava'] });
    expect(groups).toHaveLength(1);
    expect(groups[0]?.preferred).toBe(garmin);
    expect(groups[0]?.duplicates).toEqual([strava]);
    expect(groups[0]?.reason).toMatchObject({
      startDifferenceSeconds: 30,
      durationDifference: 30 / 3600,
      distanceDifference: 50 / 30_000,
      summary: 'start within 30 s, duration within 0.8 %, distance within 0.2 %',
    });
  });

  it('follows the priority list over filled fields', () => {
    const { groups } = findDuplicates([garmin, strava], { providerPriority: ['strava'] });
    expect(groups[0]?.preferred).toBe(strava);
  });

  it('prefers the record with more filled fields without a priority', () => {
    expect(findDuplicates([strava, garmin]).groups[0]?.preferred).toBe(garmin);
  });

  it('falls back to the provider id alphabetically on a tie', () => {
    const wahoo = ride('wahoo', 'w1');
    const coros = ride('coros', 'c1', { startTime: rideStart + 10_000 });
    expect(findDuplicates([wahoo, coros]).groups[0]?.preferred).toBe(coros);
    expect(findDuplicates([coros, wahoo]).groups[0]?.preferred).toBe(coros);
  });

  it.each([
    ['starts far apart', { startTime: rideStart + 3 * 3600_000 }],
    ['starts just over the tolerance', { startTime: rideStart + 121_000 }],
    ['durations 20 % apart', { elapsedSeconds: 4500 }],
    ['distances 10 % apart', { distanceMetres: 33_000 }],
  ])('does not group rides with %s', (_name, overrides) => {
    expect(findDuplicates([garmin, ride('strava', '43', overrides)]).groups).toEqual([]);
  });

  it('does not group two records from the same provider', () => {
    expect(findDuplicates([garmin, ride('garmin', '1002')]).groups).toEqual([]);
  });

  it('compares only time and duration when a distance is unknown', () => {
    const noDistance = ride('strava', '44', { distanceMetres: null });
    expect(findDuplicates([garmin, noDistance]).groups[0]?.reason.distanceDifference).toBeNull();
  });

  it('groups three providers into one group', () => {
    const wahoo = ride('wahoo', 'w1', { startTime: rideStart - 20_000 });
    const { groups } = findDuplicates([strava, wahoo, garmin], { providerPriority: ['garmin'] });
    expect(groups).toHaveLength(1);
    expect(groups[0]?.preferred).toBe(garmin);
    expect(groups[0]?.duplicates.map((activity) => activity.provider)).toEqual(['strava', 'wahoo']);
    expect(groups[0]?.reason.startDifferenceSeconds).toBe(30);
  });

  it('keeps one record per provider in a group, pairing the closest starts first', () => {
    const wahoo = ride('wahoo', 'w1', { startTime: rideStart - 20_000 });
    const secondGarmin = ride('garmin', '1003', { startTime: rideStart + 40_000 });
    const { groups } = findDuplicates([strava, secondGarmin, wahoo, garmin]);
    // strava (+30 s) is closest to the second Garmin record (+40 s); wahoo (-20 s) to the first.
    expect(groups.map((group) => group.preferred.id)).toEqual(['garmin:1001', 'garmin:1003']);
    expect(groups.map((group) => group.duplicates.map((activity) => activity.id))).toEqual([
      ['wahoo:w1'],
      ['strava:42'],
    ]);
  });

  it('applies custom tolerances', () => {
    expect(findDuplicates([garmin, strava], { startToleranceSeconds: 10 }).groups).toEqual([]);
    const far = ride('strava', '45', { distanceMetres: 33_000 });
    expect(findDuplicates([garmin, far], { distanceTolerance: 0.2 }).groups).toHaveLength(1);
  });

  it('checks sport families only when asked, with other matching anything', () => {
    const run = ride('strava', '46', { sport: 'run' });
    const unknown = ride('strava', '47', { sport: 'other' });
    expect(findDuplicates([garmin, run]).groups).toHaveLength(1);
    expect(findDuplicates([garmin, run], { sameSportFamily: true }).groups).toEqual([]);
    expect(findDuplicates([garmin, unknown], { sameSportFamily: true }).groups).toHaveLength(1);
    const virtual = ride('strava', '48', { sport: 'virtual_ride' });
    expect(findDuplicates([garmin, virtual], { sameSportFamily: true }).groups).toHaveLength(1);
  });

  it.each([
    ['a negative start tolerance', { startToleranceSeconds: -1 }],
    ['a NaN duration tolerance', { durationTolerance: Number.NaN }],
  ])('rejects %s', (_name, options) => {
    expect(() => findDuplicates([garmin], options)).toThrow(RangeError);
  });

  it('returns no groups for no activities', () => {
    expect(findDuplicates([])).toEqual({ groups: [] });
  });

  it('handles 10,000 activities', () => {
    const providers = ['garmin', 'strava', 'wahoo', 'coros'];
    const many = Array.from({ length: 10_000 }, (_, index) =>
      createActivity({
        provider: providers[index % 4] ?? 'garmin',
        externalId: String(index),
        sport: 'run',
        // Pairs of records 20 s apart, pairs 2 h apart: 5,000 groups.
        startTime: rideStart + Math.floor(index / 2) * 7_200_000 + (index % 2) * 20_000,
        elapsedSeconds: 1800 + (index % 2) * 30,
        distanceMetres: 5000,
      }),
    );
    const { groups } = findDuplicates(many.toReversed(), { providerPriority: providers });
    expect(groups).toHaveLength(5000);
    expect(groups.every((group) => group.duplicates.length === 1)).toBe(true);
    expect(dedupeActivities(many)).toHaveLength(5000);
  });
});

describe('dedupeActivities', () => {
  it('keeps preferred records and unique ones, sorted by start', () => {
    const later = ride('strava', '50', { startTime: rideStart + 86_400_000 });
    const earlier = ride('oura', '51', { startTime: rideStart - 86_400_000 });
    const kept = dedupeActivities([later, strava, earlier, garmin], {
      providerPriority: ['garmin'],
    });
    expect(kept).toEqual([earlier, garmin, later]);
  });

  it('does not change its input', () => {
    const input = [strava, garmin];
    dedupeActivities(input);
    expect(input).toEqual([strava, garmin]);
  });
});

describe('findDuplicates on a burst of identical starts', () => {
  it('never puts two records of one provider in a group', () => {
    const providers = ['garmin', 'strava', 'wahoo', 'coros'];
    const burst = Array.from({ length: 400 }, (_, index) =>
      ride(providers[index % 4] ?? 'garmin', `b${index}`),
    );
    const { groups } = findDuplicates(burst);
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      const members = [group.preferred, ...group.duplicates].map((activity) => activity.provider);
      expect(new Set(members).size).toBe(members.length);
    }
  });
});
