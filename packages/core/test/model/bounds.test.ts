import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import {
  createActivity,
  createDailySummary,
  createPlay,
  createProfile,
  createSamples,
  createSleep,
  MAX_HEART_RATE_BPM,
  MAX_UTC_OFFSET_MINUTES,
  type SamplesInput,
} from '../../src/model/index.js';

function issuePaths(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map((issue) => issue.path.join('.'));
  }
  throw new Error('expected a ValidationError');
}

const activity = (fields: Record<string, unknown>) => () =>
  createActivity({
    provider: 'garmin',
    externalId: '7',
    startTime: '2026-05-01T06:30:00Z',
    ...fields,
  } as Parameters<typeof createActivity>[0]);

const sleep = (fields: Record<string, unknown>) => () =>
  createSleep({
    provider: 'whoop',
    externalId: 's1',
    startTime: '2026-05-01T22:00:00Z',
    endTime: '2026-05-02T06:00:00Z',
    ...fields,
  } as Parameters<typeof createSleep>[0]);

const day = (fields: Record<string, unknown>) => () =>
  createDailySummary({
    provider: 'oura',
    externalId: '2026-05-02',
    date: '2026-05-02',
    ...fields,
  } as Parameters<typeof createDailySummary>[0]);

const samples = (series: Partial<SamplesInput['series']>) => () =>
  createSamples({
    activityId: 'strava:42',
    provider: 'strava',
    startTime: '2026-05-01T06:30:00Z',
    series: { offsetsSeconds: [0, 1], ...series },
  });

describe('the model rejects physically impossible values with their path', () => {
  it.each([
    ['a negative heart rate', { heartRateAvgBpm: -1 }, 'heartRateAvgBpm'],
    ['a heart rate above 300 bpm', { heartRateMaxBpm: MAX_HEART_RATE_BPM + 1 }, 'heartRateMaxBpm'],
    ['a negative power', { powerAvgWatts: -5 }, 'powerAvgWatts'],
    ['a negative maximum power', { powerMaxWatts: -0.5 }, 'powerMaxWatts'],
    ['a negative normalized power', { powerNormalizedWatts: -1 }, 'powerNormalizedWatts'],
    ['a negative speed', { speedAvgMetresPerSecond: -2 }, 'speedAvgMetresPerSecond'],
    ['a negative maximum speed', { speedMaxMetresPerSecond: -2 }, 'speedMaxMetresPerSecond'],
    ['a negative distance', { distanceMetres: -1 }, 'distanceMetres'],
    ['a negative elapsed time', { elapsedSeconds: -60 }, 'elapsedSeconds'],
    ['a negative moving time', { movingSeconds: -60 }, 'movingSeconds'],
    ['an infinite duration', { elapsedSeconds: Number.POSITIVE_INFINITY }, 'elapsedSeconds'],
    ['a NaN duration', { movingSeconds: Number.NaN }, 'movingSeconds'],
    ['a negative energy', { energyKcal: -10 }, 'energyKcal'],
    ['a negative step count', { steps: -3 }, 'steps'],
    ['a negative cadence', { cadenceAvg: -90 }, 'cadenceAvg'],
    ['a negative elevation gain', { elevationGainMetres: -12 }, 'elevationGainMetres'],
    [
      'an offset beyond +18 h',
      { utcOffsetMinutes: MAX_UTC_OFFSET_MINUTES + 1 },
      'utcOffsetMinutes',
    ],
    [
      'an offset beyond -18 h',
      { utcOffsetMinutes: -MAX_UTC_OFFSET_MINUTES - 1 },
      'utcOffsetMinutes',
    ],
    ['an empty start', { startTime: '' }, 'startTime'],
    ['a start that is no date', { startTime: 'yesterday' }, 'startTime'],
    ['a start on 30 February', { startTime: '2026-02-30T06:30:00Z' }, 'startTime'],
    ['a start at hour 25', { startTime: '2026-05-01T25:00:00Z' }, 'startTime'],
    ['a start beyond year 9999', { startTime: 8.64e15 }, 'startTime'],
    ['an invalid Date', { startTime: new Date(Number.NaN) }, 'startTime'],
  ])('activity: %s', (_name, fields, path) => {
    expect(issuePaths(activity(fields))).toEqual([path]);
  });

  it('activity: keeps real values (0, the 300 bpm bound, ±18 h, a start in year 0)', () => {
    const built = activity({
      heartRateMaxBpm: MAX_HEART_RATE_BPM,
      heartRateAvgBpm: 0,
      distanceMetres: 0,
      utcOffsetMinutes: -MAX_UTC_OFFSET_MINUTES,
      startTime: '0000-01-01T00:00:00Z',
    })();
    expect(built.heartRateMaxBpm).toBe(300);
    expect(built.startTime).toBe('0000-01-01T00:00:00.000Z');
    expect(activity({ utcOffsetMinutes: 840 })().utcOffsetMinutes).toBe(840);
  });

  it.each([
    ['a negative average heart rate', { heartRateAvgBpm: -1 }, 'heartRateAvgBpm'],
    ['a lowest heart rate above 300', { heartRateLowestBpm: 301 }, 'heartRateLowestBpm'],
    ['a negative stage', { deepSeconds: -1 }, 'deepSeconds'],
    ['an infinite duration', { durationSeconds: Number.POSITIVE_INFINITY }, 'durationSeconds'],
    ['a negative HRV', { hrvRmssdMs: -4 }, 'hrvRmssdMs'],
    ['an efficiency above 100 %', { efficiencyPercent: 101 }, 'efficiencyPercent'],
    ['an end before the start', { endTime: '2026-05-01T21:59:59Z' }, 'endTime'],
    ['an invalid end', { endTime: '2026-05-02T06:00:00' }, 'endTime'],
  ])('sleep: %s', (_name, fields, path) => {
    expect(issuePaths(sleep(fields))).toEqual([path]);
  });

  it('sleep: an end equal to the start is a zero-length period, not an error', () => {
    expect(sleep({ endTime: '2026-05-01T22:00:00Z' })().endTime).toBe('2026-05-01T22:00:00.000Z');
  });

  it.each([
    ['a negative resting heart rate', { restingHeartRateBpm: -50 }, 'restingHeartRateBpm'],
    ['a resting heart rate above 300', { restingHeartRateBpm: 400 }, 'restingHeartRateBpm'],
    ['negative steps', { steps: -1 }, 'steps'],
    ['negative energy', { activeEnergyKcal: -1 }, 'activeEnergyKcal'],
    ['a negative distance', { distanceMetres: -1 }, 'distanceMetres'],
    ['an SpO2 above 100 %', { spo2Percent: 100.5 }, 'spo2Percent'],
    [
      'an end before the start',
      { startTime: '2026-05-02T04:00:00Z', endTime: '2026-05-02T03:00:00Z' },
      'endTime',
    ],
    ['an impossible date', { date: '2026-02-30' }, 'date'],
  ])('daily summary: %s', (_name, fields, path) => {
    expect(issuePaths(day(fields))).toEqual([path]);
  });

  it('daily summary: an open cycle (no end) and a negative skin temperature deviation are real', () => {
    const built = day({
      startTime: '2026-05-02T04:00:00Z',
      endTime: null,
      skinTemperatureDeviationCelsius: -0.4,
    })();
    expect(built.endTime).toBeNull();
    expect(built.skinTemperatureDeviationCelsius).toBe(-0.4);
  });

  it.each([
    ['a negative weight', { weightKg: -70 }, 'weightKg'],
    ['a negative height', { heightMetres: -1.8 }, 'heightMetres'],
    ['an impossible birth date', { birthDate: '1990-13-01' }, 'birthDate'],
  ])('profile: %s', (_name, fields, path) => {
    const build = () =>
      createProfile({ provider: 'fitbit', externalId: 'u1', ...fields } as Parameters<
        typeof createProfile
      >[0]);
    expect(issuePaths(build)).toEqual([path]);
  });

  it.each([
    ['a negative duration', { durationSeconds: -1 }, 'durationSeconds'],
    ['an invalid play time', { playedAt: '2026-05-01T06:30:00' }, 'playedAt'],
  ])('play: %s', (_name, fields, path) => {
    const build = () =>
      createPlay({
        provider: 'spotify',
        externalId: 'p1',
        playedAt: '2026-05-01T06:30:00Z',
        trackName: 'Track',
        trackId: 't1',
        ...fields,
      } as Parameters<typeof createPlay>[0]);
    expect(issuePaths(build)).toEqual([path]);
  });

  it.each([
    ['a negative heart rate', { heartRateBpm: [120, -1] }, 'series.heartRateBpm.1'],
    ['a heart rate above 300', { heartRateBpm: [120, 301] }, 'series.heartRateBpm.1'],
    ['a negative power', { powerWatts: [-200, 210] }, 'series.powerWatts.0'],
    ['a negative cadence', { cadence: [90, -90] }, 'series.cadence.1'],
    ['a negative speed', { speedMetresPerSecond: [-3, 3] }, 'series.speedMetresPerSecond.0'],
    ['a negative distance', { distanceMetres: [0, -1] }, 'series.distanceMetres.1'],
    [
      'a temperature below absolute zero',
      { temperatureCelsius: [20, -274] },
      'series.temperatureCelsius.1',
    ],
    ['offsets that go back in time', { offsetsSeconds: [0, 5, 4] }, 'series.offsetsSeconds.2'],
  ])('samples: %s', (_name, series, path) => {
    const input = 'offsetsSeconds' in series ? series : { offsetsSeconds: [0, 1], ...series };
    expect(issuePaths(samples(input))).toEqual([path]);
  });

  it('samples: altitude below sea level, repeated offsets and gaps are real', () => {
    const built = samples({
      offsetsSeconds: [0, 0, 1],
      altitudeMetres: [-28, -27.5, null],
      temperatureCelsius: [-40, null, -39.5],
    })();
    expect(built.series.altitudeMetres).toEqual([-28, -27.5, null]);
  });
});
