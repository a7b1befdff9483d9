import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import {
  createDailySummary,
  createPlay,
  createProfile,
  createSleep,
  dailySummarySchema,
  millisecondsToSeconds,
  playSchema,
  profileSchema,
  sleepSchema,
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

describe('createSleep', () => {
  it('normalizes instants, converts stages and fills nulls', () => {
    const sleep = createSleep({
      provider: 'whoop',
      externalId: 'ecfc6a15-4661-442f-a9a4-f160dd7afae8',
      startTime: '2026-03-01T22:41:00.000-05:00',
      endTime: '2026-03-02T06:10:00.000-05:00',
      utcOffsetMinutes: -300,
      deepSeconds: millisecondsToSeconds(5_400_000),
      efficiencyPercent: 91.5,
      isNap: false,
      metrics: { sleepNeedSeconds: 28_800 },
    });
    expect(sleep).toMatchObject({
      id: 'whoop:ecfc6a15-4661-442f-a9a4-f160dd7afae8',
      startTime: '2026-03-02T03:41:00.000Z',
      endTime: '2026-03-02T11:10:00.000Z',
      utcOffsetMinutes: -300,
      deepSeconds: 5400,
      remSeconds: null,
      hrvRmssdMs: null,
      efficiencyPercent: 91.5,
      isNap: false,
      metrics: { sleepNeedSeconds: 28_800 },
    });
    expect(sleepSchema.safeParse(sleep).success).toBe(true);
  });

  it.each([
    ['a missing end', { endTime: undefined }, ['endTime']],
    ['efficiency above 100', { efficiencyPercent: 101 }, ['efficiencyPercent']],
    ['negative REM', { remSeconds: -5 }, ['remSeconds']],
  ])('rejects %s with its path', (_name, override, paths) => {
    const input = {
      provider: 'oura',
      externalId: 's1',
      startTime: 0,
      endTime: 28_800_000,
      ...override,
    };
    expect(issuePaths(() => createSleep(input as Parameters<typeof createSleep>[0]))).toEqual(
      paths,
    );
  });
});

describe('createDailySummary', () => {
  it('keeps the local date and nulls what is unknown', () => {
    const day = createDailySummary({
      provider: 'oura',
      externalId: '2026-03-02',
      date: '2026-03-02',
      readinessScore: 82,
      skinTemperatureDeviationCelsius: -0.12,
      steps: 0,
    });
    expect(day).toMatchObject({
      id: 'oura:2026-03-02',
      date: '2026-03-02',
      startTime: null,
      endTime: null,
      readinessScore: 82,
      recoveryScore: null,
      skinTemperatureDeviationCelsius: -0.12,
      steps: 0,
      metrics: {},
    });
    expect(dailySummarySchema.safeParse(day).success).toBe(true);
  });

  it('normalizes a WHOOP cycle start and leaves an open end as null', () => {
    const day = createDailySummary({
      provider: 'whoop',
      externalId: '93845',
      date: '2026-03-02',
      startTime: '2026-03-02T06:10:00.000-05:00',
      endTime: null,
      strain: 12.4,
    });
    expect(day.startTime).toBe('2026-03-02T11:10:00.000Z');
    expect(day.endTime).toBeNull();
  });

  it.each([
    ['a non-date', { date: '02/03/2026' }, ['date']],
    ['an impossible date', { date: '2026-02-30' }, ['date']],
    ['SpO2 above 100', { spo2Percent: 120 }, ['spo2Percent']],
  ])('rejects %s with its path', (_name, override, paths) => {
    const input = { provider: 'garmin', externalId: 'd1', date: '2026-03-02', ...override };
    expect(issuePaths(() => createDailySummary(input))).toEqual(paths);
  });
});

describe('createProfile', () => {
  it('fills nulls', () => {
    const profile = createProfile({ provider: 'fitbit', externalId: '2ABCDE', units: 'imperial' });
    expect(profile).toEqual({
      id: 'fitbit:2ABCDE',
      provider: 'fitbit',
      externalId: '2ABCDE',
      name: null,
      firstName: null,
      lastName: null,
      email: null,
      sex: null,
      birthDate: null,
      heightMetres: null,
      weightKg: null,
      timeZone: null,
      units: 'imperial',
    });
    expect(profileSchema.safeParse(profile).success).toBe(true);
  });

  it.each([
    ['an unknown sex', { sex: 'MALE' }, ['sex']],
    ['a bad birth date', { birthDate: '1990-13-01' }, ['birthDate']],
    ['unknown units', { units: 'English' }, ['units']],
    ['an empty name', { name: '' }, ['name']],
  ])('rejects %s with its path', (_name, override, paths) => {
    const input = { provider: 'polar', externalId: 'u1', ...override };
    expect(issuePaths(() => createProfile(input as Parameters<typeof createProfile>[0]))).toEqual(
      paths,
    );
  });
});

describe('createPlay', () => {
  it('normalizes the play time and defaults artists', () => {
    const play = createPlay({
      provider: 'spotify',
      externalId: '4uLU6hMCjMI75M1A2tKUQC@1777617672000',
      playedAt: 1_777_617_672_000,
      trackName: 'Example Track',
      trackId: '4uLU6hMCjMI75M1A2tKUQC',
      durationSeconds: millisecondsToSeconds(213_000),
    });
    expect(play).toMatchObject({
      id: 'spotify:4uLU6hMCjMI75M1A2tKUQC@1777617672000',
      playedAt: '2026-05-01T06:41:12.000Z',
      durationSeconds: 213,
      artists: [],
      album: null,
      isrc: null,
      uri: null,
    });
    expect(playSchema.safeParse(play).success).toBe(true);
  });

  it('rejects a missing track name with its path', () => {
    const input = { provider: 'spotify', externalId: 'p', playedAt: 0, trackId: 't' };
    expect(issuePaths(() => createPlay(input as Parameters<typeof createPlay>[0]))).toEqual([
      'trackName',
    ]);
  });
});
