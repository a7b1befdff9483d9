import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import {
  type Activity,
  activitySchema,
  createActivity,
  kilojoulesToKilocalories,
  mapSport,
} from '../../src/model/index.js';

const stravaSports = { Ride: 'ride', MountainBikeRide: 'mountain_bike_ride' } as const;

function pathsOf(error: unknown): string[] {
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues.map((issue) => issue.path.join('.'));
}

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('createActivity', () => {
  it('fills nulls, builds the id and normalizes the start', () => {
    const activity = createActivity({
      provider: 'strava',
      externalId: '1234567890987654321',
      startTime: '2026-05-01T08:30:00+02:00',
    });
    expect(activity).toEqual({
      id: 'strava:1234567890987654321',
      provider: 'strava',
      externalId: '1234567890987654321',
      sport: 'other',
      providerSport: null,
      name: null,
      startTime: '2026-05-01T06:30:00.000Z',
      utcOffsetMinutes: null,
      timeZone: null,
      elapsedSeconds: null,
      movingSeconds: null,
      distanceMetres: null,
      elevationGainMetres: null,
      energyKcal: null,
      energySource: null,
      workKilojoules: null,
      heartRateAvgBpm: null,
      heartRateMaxBpm: null,
      powerAvgWatts: null,
      powerMaxWatts: null,
      powerNormalizedWatts: null,
      speedAvgMetresPerSecond: null,
      speedMaxMetresPerSecond: null,
      cadenceAvg: null,
      steps: null,
      metrics: {},
      device: null,
      manual: null,
    } satisfies Activity);
    expect('raw' in activity).toBe(false);
  });

  it('keeps given values, undefined as null and raw when given', () => {
    const raw = { sport_type: 'MountainBikeRide', kilojoules: 1000 };
    const activity = createActivity({
      provider: 'strava',
      externalId: '42',
      sport: mapSport(stravaSports, raw.sport_type),
      providerSport: raw.sport_type,
      startTime: new Date(Date.UTC(2026, 4, 1, 6, 30)),
      utcOffsetMinutes: 120,
      timeZone: 'Europe/Berlin',
      elapsedSeconds: 3600,
      distanceMetres: 0,
      energyKcal: kilojoulesToKilocalories(raw.kilojoules),
      heartRateAvgBpm: undefined,
      metrics: { sufferScore: 87, hrZoneSeconds: [60, 1200, 1800, 540, 0], commute: false },
      manual: false,
      raw,
    });
    expect(activity.id).toBe('strava:42');
    expect(activity.sport).toBe('mountain_bike_ride');
    expect(activity.startTime).toBe('2026-05-01T06:30:00.000Z');
    expect(activity.distanceMetres).toBe(0);
    expect(activity.energyKcal).toBeCloseTo(239.0057361, 6);
    expect(activity.heartRateAvgBpm).toBeNull();
    expect(activity.metrics.hrZoneSeconds).toEqual([60, 1200, 1800, 540, 0]);
    expect(activity.raw).toBe(raw);
  });

  it.each([
    ['a zone-less start', { startTime: '2026-05-01T06:30:00' }, ['startTime']],
    ['a negative distance', { distanceMetres: -1 }, ['distanceMetres']],
    ['NaN heart rate', { heartRateAvgBpm: Number.NaN }, ['heartRateAvgBpm']],
    ['an unknown sport', { sport: 'jogging' }, ['sport']],
    ['a provider with a colon', { provider: 'a:b' }, ['provider']],
    ['an empty external id', { externalId: '' }, ['externalId']],
    ['an offset beyond a day', { utcOffsetMinutes: 1500 }, ['utcOffsetMinutes']],
    ['a non-numeric metric', { metrics: { zones: [{}] } }, ['metrics.zones']],
  ])('throws ValidationError with the path for %s', (_name, override, paths) => {
    const input = { provider: 'garmin', externalId: '7', startTime: 0, ...override };
    const error = catchError(() => createActivity(input as Parameters<typeof createActivity>[0]));
    expect(pathsOf(error)).toEqual(paths);
    expect((error as ValidationError).endpoint).toBe('activity');
  });
});

describe('activitySchema', () => {
  const valid = createActivity({ provider: 'garmin', externalId: '7', startTime: 0 });

  it('accepts a built activity', () => {
    expect(activitySchema.safeParse(valid).success).toBe(true);
  });

  it.each(['startTime', 'provider', 'sport', 'metrics', 'distanceMetres'])(
    'rejects a missing %s with its path',
    (field) => {
      const { [field as keyof Activity]: _removed, ...rest } = valid;
      const result = activitySchema.safeParse(rest);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path)).toEqual([[field]]);
    },
  );

  it('rejects an id that does not match provider and external id', () => {
    const result = activitySchema.safeParse({ ...valid, id: 'strava:7' });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['id']]);
  });

  it('rejects a start that is not canonical UTC', () => {
    const result = activitySchema.safeParse({ ...valid, startTime: '1970-01-01T01:00:00+01:00' });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['startTime']]);
  });
});

describe('the duration rule', () => {
  it('rejects a moving time without an elapsed time: a single duration is elapsedSeconds', () => {
    const error = catchError(() =>
      createActivity({ provider: 'x', externalId: '1', startTime: 0, movingSeconds: 600 }),
    ) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((issue) => issue.path)).toEqual([['elapsedSeconds']]);
  });

  it('accepts elapsed alone, and elapsed with moving', () => {
    const base = { provider: 'x', externalId: '1', startTime: 0 } as const;
    expect(createActivity({ ...base, elapsedSeconds: 600 }).movingSeconds).toBeNull();
    expect(createActivity({ ...base, elapsedSeconds: 600, movingSeconds: 540 }).movingSeconds).toBe(
      540,
    );
  });
});

describe('the energy rule', () => {
  const base = { provider: 'x', externalId: '1', startTime: 0 } as const;

  it('labels a given energy as the provider estimate unless told it comes from work', () => {
    expect(createActivity({ ...base, energyKcal: 500 }).energySource).toBe('provider');
    expect(
      createActivity({ ...base, energyKcal: 720, energySource: 'work', workKilojoules: 720 }),
    ).toMatchObject({ energyKcal: 720, energySource: 'work', workKilojoules: 720 });
    expect(createActivity({ ...base, workKilojoules: 720 }).energySource).toBeNull();
  });

  it('rejects a source without an energy', () => {
    const error = catchError(() =>
      createActivity({ ...base, energySource: 'provider' }),
    ) as ValidationError;
    expect(error.issues.map((issue) => issue.path)).toEqual([['energySource']]);
  });
});

describe('validation messages', () => {
  it('names the field and what was expected', () => {
    const error = catchError(() =>
      createActivity({ provider: 'garmin', externalId: '7', startTime: 0, distanceMetres: -1 }),
    );
    expect((error as ValidationError).message).toBe(
      'Invalid activity (distanceMetres: expected zero or more)',
    );
    expect((error as ValidationError).provider).toBe('garmin');
  });
});
