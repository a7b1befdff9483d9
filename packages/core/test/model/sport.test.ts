import { describe, expect, it } from 'vitest';
import {
  isSport,
  mapSport,
  renamedSports,
  type Sport,
  sportFamilies,
  sportFamily,
  sportSchema,
  sports,
} from '../../src/model/index.js';

const table: Readonly<Record<string, Sport>> = {
  running: 'run',
  mountain_bike: 'mountain_bike_ride',
  MountainBikeRide: 'mountain_bike_ride',
  'Trail Running': 'trail_run',
  e_bike_ride: 'e_bike_ride',
  '63': 'crossfit',
};

describe('mapSport', () => {
  it.each([
    ['Mountain Bike', 'mountain_bike_ride'],
    ['MOUNTAIN_BIKE', 'mountain_bike_ride'],
    ['mountain-bike', 'mountain_bike_ride'],
    ['  mountain  bike ', 'mountain_bike_ride'],
    ['MountainBikeRide', 'mountain_bike_ride'],
    ['TRAIL_RUNNING', 'trail_run'],
    ['trail-running', 'trail_run'],
    ['RUNNING', 'run'],
    ['E-Bike Ride', 'e_bike_ride'],
    ['63', 'crossfit'],
  ])('maps %j to %s', (providerValue, expected) => {
    expect(mapSport(table, providerValue)).toBe(expected);
  });

  it('maps numeric type ids through digit keys', () => {
    expect(mapSport(table, 63)).toBe('crossfit');
  });

  it.each([
    ['unknown type', 'Underwater Basket Weaving'],
    ['empty string', ''],
    ['separators only', ' _-_ '],
    ['null', null],
    ['undefined', undefined],
    ['prototype key', '__proto__'],
    ['prototype method', 'constructor'],
    ['NaN', Number.NaN],
  ] as const)('falls back to other for %s', (_name, providerValue) => {
    expect(mapSport(table, providerValue)).toBe('other');
  });

  it('never throws on values outside its type', () => {
    const weird: unknown[] = [{}, [], Symbol('run'), 42n, () => 'run', true];
    for (const value of weird) {
      expect(mapSport(table, value as string)).toBe('other');
    }
    expect(mapSport(null as unknown as Record<string, Sport>, 'running')).toBe('other');
  });

  it('ignores table entries that are not canonical sports', () => {
    const broken = { jogging: 'jog' } as unknown as Record<string, Sport>;
    expect(mapSport(broken, 'jogging')).toBe('other');
  });

  it('never throws on a table with a throwing getter', () => {
    const hostile = Object.defineProperty({}, 'run', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    }) as Record<string, Sport>;
    expect(mapSport(hostile, 'run')).toBe('other');
  });
});

describe('sports', () => {
  it('has unique snake-case names and includes other', () => {
    expect(new Set(sports).size).toBe(sports.length);
    for (const sport of sports) expect(sport).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
    expect(sports).toContain('other');
  });

  it.each([
    ['ride', true],
    ['mountain_bike_ride', true],
    ['Ride', false],
    ['', false],
    [null, false],
    [1, false],
  ])('isSport(%j) is %s', (value, expected) => {
    expect(isSport(value)).toBe(expected);
  });

  it('validates with sportSchema', () => {
    expect(sportSchema.safeParse('gravel_ride').success).toBe(true);
    expect(sportSchema.safeParse('gravel').success).toBe(false);
  });

  it.each([
    ['gravel_ride', 'cycling'],
    ['virtual_ride', 'cycling'],
    ['indoor_ride', 'cycling'],
    ['treadmill_run', 'running'],
    ['hike', 'walking'],
    ['indoor_row', 'rowing'],
    ['row', 'rowing'],
    ['kayak', 'paddle'],
    ['stand_up_paddle', 'paddle'],
    ['strength_training', 'strength'],
    ['crossfit', 'strength'],
    ['hiit', 'cardio'],
    ['open_water_swim', 'swimming'],
    ['triathlon', 'multisport'],
    ['other', 'other'],
  ] as const)('puts %s in family %s', (sport, family) => {
    expect(sportFamily(sport)).toBe(family);
  });

  it('has one name per sport: the merged names are gone from the taxonomy', () => {
    for (const [old, canonical] of Object.entries(renamedSports)) {
      expect(isSport(old)).toBe(false);
      expect(sportSchema.safeParse(old).success).toBe(false);
      expect(isSport(canonical)).toBe(true);
    }
  });

  it('gives every sport a known family', () => {
    for (const sport of sports) expect(sportFamilies).toContain(sportFamily(sport));
  });
});
