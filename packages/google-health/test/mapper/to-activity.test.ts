import { mapGoogleHealthExercise } from '@fitlink/google-health';
import { googleHealthExerciseFixtures } from '@fitlink/google-health/testing';
import { describe, expect, it } from 'vitest';

describe('mapGoogleHealthExercise', () => {
  it.each([
    {
      name: 'GPS run in Denver: mm → m, mm/s → m/s, offsets, pauses, zones',
      point: googleHealthExerciseFixtures.run,
      expected: {
        id: 'google-health:5083141962461696123',
        externalId: '5083141962461696123',
        sport: 'run',
        providerSport: 'RUNNING',
        name: 'Morning Run',
        startTime: '2026-11-18T14:02:10.000Z',
        utcOffsetMinutes: -420,
        elapsedSeconds: 2910,
        movingSeconds: 2760,
        distanceMetres: 8412.3,
        elevationGainMetres: 64.5,
        energyKcal: 512.4,
        energySource: 'provider',
        heartRateAvgBpm: 152,
        heartRateMaxBpm: null,
        speedAvgMetresPerSecond: 3.0479,
        steps: 7420,
        device: 'Pixel Watch 3',
        manual: false,
        metrics: {
          activeZoneMinutes: 61,
          lightZoneSeconds: 420,
          moderateZoneSeconds: 900,
          vigorousZoneSeconds: 1350,
          peakZoneSeconds: 240,
          runVo2Max: 48.2,
        },
      },
    },
    {
      name: 'manual yoga in Berlin: absent metrics stay null, never 0',
      point: googleHealthExerciseFixtures.manualYoga,
      expected: {
        sport: 'yoga',
        startTime: '2026-11-10T17:30:00.000Z',
        utcOffsetMinutes: 60,
        elapsedSeconds: 2700,
        movingSeconds: null,
        distanceMetres: null,
        elevationGainMetres: null,
        heartRateAvgBpm: null,
        steps: null,
        energyKcal: 140,
        manual: true,
        device: null,
        metrics: {},
      },
    },
    {
      name: 'an unknown exercise type maps to other and keeps Google’s name',
      point: googleHealthExerciseFixtures.unknownType,
      expected: {
        sport: 'other',
        providerSport: 'PADDLE_TENNIS',
        name: null,
        utcOffsetMinutes: -300,
        elapsedSeconds: 4200,
        energyKcal: null,
        energySource: null,
        manual: null,
      },
    },
  ])('$name', ({ point, expected }) => {
    expect(mapGoogleHealthExercise(point)).toMatchObject(expected);
  });

  it('keeps the payload only when asked', () => {
    const point = googleHealthExerciseFixtures.run;
    expect(mapGoogleHealthExercise(point).raw).toBeUndefined();
    expect(mapGoogleHealthExercise(point, { includeRaw: true }).raw).toEqual(point);
  });
});
