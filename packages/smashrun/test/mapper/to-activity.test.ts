import { mapSmashrunActivity } from '@fitlink/smashrun';
import {
  smashrunManualRunFixture,
  smashrunOutdoorRunFixture,
  smashrunTreadmillRunFixture,
} from '@fitlink/smashrun/testing';
import { describe, expect, it } from 'vitest';

describe('mapSmashrunActivity', () => {
  it.each([
    {
      name: 'outdoor run',
      run: smashrunOutdoorRunFixture,
      expected: {
        id: 'smashrun:30000001',
        sport: 'run',
        providerSport: 'running',
        startTime: '2026-10-01T14:12:00.000Z',
        utcOffsetMinutes: -300,
        // One duration, pauses not told apart: elapsed, never moving (the model's rule).
        elapsedSeconds: 2836.895,
        movingSeconds: null,
        distanceMetres: 9749.28,
        energyKcal: 800,
        energySource: 'provider',
        heartRateAvgBpm: 134,
        heartRateMaxBpm: 157,
        cadenceAvg: 175,
        speedAvgMetresPerSecond: 3.437,
        device: 'Garmin',
        manual: false,
      },
    },
    {
      name: 'treadmill run',
      run: smashrunTreadmillRunFixture,
      expected: {
        sport: 'treadmill_run',
        startTime: '2026-10-03T22:05:00.000Z',
        utcOffsetMinutes: -240,
        distanceMetres: 5200,
        elapsedSeconds: 1800,
        movingSeconds: null,
        name: null,
      },
    },
    {
      name: 'manual run without calories or heart rate',
      run: smashrunManualRunFixture,
      expected: {
        sport: 'run',
        startTime: '2026-10-05T15:00:00.000Z',
        utcOffsetMinutes: -360,
        distanceMetres: 6437.38,
        energyKcal: null,
        heartRateAvgBpm: null,
        device: null,
        manual: true,
      },
    },
  ])('maps the $name', ({ run, expected }) => {
    expect(mapSmashrunActivity(run)).toMatchObject(expected);
  });

  it('turns 0/1 flags, weather and notes into metrics', () => {
    expect(mapSmashrunActivity(smashrunOutdoorRunFixture).metrics).toEqual({
      heartRateMinBpm: 71,
      cadenceMax: 190,
      cadenceMin: 106,
      temperatureCelsius: 8.89,
      temperatureApparentCelsius: 5.47,
      temperatureWindChillCelsius: 0.02,
      humidityPercent: 40,
      windSpeedMetresPerSecond: 5,
      weatherType: 'partlycloudy',
      source: 'garminhealth',
      notes: 'Hill repeats by the lake',
      sourceExternalId: '9900000001',
      race: false,
    });
    expect(mapSmashrunActivity(smashrunManualRunFixture).metrics).toMatchObject({ race: true });
    expect(mapSmashrunActivity(smashrunTreadmillRunFixture).metrics).toMatchObject({
      terrain: 'treadmill',
      elevationUnreliable: true,
    });
  });

  it('keeps the payload only when asked and maps unknown types to other', () => {
    expect(mapSmashrunActivity(smashrunOutdoorRunFixture)).not.toHaveProperty('raw');
    expect(mapSmashrunActivity(smashrunOutdoorRunFixture, { includeRaw: true }).raw).toBe(
      smashrunOutdoorRunFixture,
    );
    expect(
      mapSmashrunActivity({ ...smashrunOutdoorRunFixture, activityType: 'cycling' }).sport,
    ).toBe('other');
  });

  it('rejects a start without a readable date with a ValidationError at startTime', () => {
    expect(() =>
      mapSmashrunActivity({ ...smashrunOutdoorRunFixture, startDateTimeLocal: 'yesterday' }),
    ).toThrow(
      expect.objectContaining({
        name: 'ValidationError',
        issues: [expect.objectContaining({ path: ['startTime'] })],
      }),
    );
  });
});
