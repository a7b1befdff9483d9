import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { createSamples, type SamplesInput, samplesSchema } from '../../src/model/index.js';

const base = {
  activityId: 'strava:42',
  provider: 'strava',
  startTime: '2026-05-01T08:30:00+02:00',
} as const;

function catchValidation(input: SamplesInput): ValidationError {
  try {
    createSamples(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

describe('createSamples', () => {
  it('keeps present series, drops missing ones and normalizes the start', () => {
    const samples = createSamples({
      ...base,
      series: {
        offsetsSeconds: [0, 1, 2],
        heartRateBpm: [98, null, 101],
        latlng: [[52.52, 13.405], null, [52.5201, 13.4051]],
        powerWatts: undefined,
      },
    });
    expect(samples).toEqual({
      activityId: 'strava:42',
      provider: 'strava',
      startTime: '2026-05-01T06:30:00.000Z',
      series: {
        offsetsSeconds: [0, 1, 2],
        heartRateBpm: [98, null, 101],
        latlng: [[52.52, 13.405], null, [52.5201, 13.4051]],
      },
    });
    expect(samplesSchema.safeParse(samples).success).toBe(true);
  });

  it('accepts empty series', () => {
    const samples = createSamples({ ...base, series: { offsetsSeconds: [], powerWatts: [] } });
    expect(samples.series).toEqual({ offsetsSeconds: [], powerWatts: [] });
  });

  it.each([
    ['heartRateBpm', { heartRateBpm: [98, 99] }],
    ['powerWatts', { powerWatts: [200, 210, 220, 230] }],
    ['latlng', { latlng: [[52.52, 13.405]] as [number, number][] }],
    ['temperatureCelsius', { temperatureCelsius: [] }],
  ])('rejects a %s series of the wrong length with its path', (key, series) => {
    const error = catchValidation({ ...base, series: { offsetsSeconds: [0, 1, 2], ...series } });
    expect(error.endpoint).toBe('samples');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toEqual(['series', key]);
    expect(error.issues[0]?.code).toBe('custom');
    expect(error.message).toContain(`series.${key}`);
  });

  it('reports every mismatched series', () => {
    const error = catchValidation({
      ...base,
      series: { offsetsSeconds: [0, 1], cadence: [90], altitudeMetres: [10, 11, 12] },
    });
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['series', 'cadence'],
      ['series', 'altitudeMetres'],
    ]);
  });

  it.each([
    [
      'a latitude out of range',
      { latlng: [[91, 0]] as [number, number][] },
      ['series', 'latlng', 0, 0],
    ],
    ['a negative offset', { offsetsSeconds: [-1] }, ['series', 'offsetsSeconds', 0]],
    ['NaN in a series', { heartRateBpm: [Number.NaN] }, ['series', 'heartRateBpm', 0]],
  ])('rejects %s with its path', (_name, series, path) => {
    const error = catchValidation({ ...base, series: { offsetsSeconds: [0], ...series } });
    expect(error.issues.map((issue) => issue.path)).toEqual([path]);
  });

  it('rejects an activity id from another provider', () => {
    const error = catchValidation({
      ...base,
      activityId: 'garmin:42',
      series: { offsetsSeconds: [] },
    });
    expect(error.issues.map((issue) => issue.path)).toEqual([['activityId']]);
  });

  it('rejects a missing offsetsSeconds in the schema with its path', () => {
    const result = samplesSchema.safeParse({
      ...base,
      startTime: '2026-05-01T06:30:00.000Z',
      series: {},
    });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['series', 'offsetsSeconds']]);
  });
});
