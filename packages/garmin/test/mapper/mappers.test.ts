import {
  GARMIN_SPORT_TYPES,
  mapGarminActivity,
  mapGarminBodyComposition,
  mapGarminDailySummary,
  mapGarminHrv,
  mapGarminSamples,
  mapGarminSleep,
} from '@fitlink/garmin';
import {
  garminActivityDetailsFixture,
  garminBodyCompositionFixture,
  garminDailyFixture,
  garminFinalSleepFixture,
  garminHrvFixture,
  garminRowingLegFixture,
  garminRunFixture,
  garminTentativeSleepFixture,
  garminUnknownTypeFixture,
} from '@fitlink/garmin/testing';
import { describe, expect, it } from 'vitest';

describe('mapGarminActivity', () => {
  it.each([
    [
      'a run: SI units as sent, the device offset kept, no zone derived',
      garminRunFixture,
      {
        id: 'garmin:12000000037',
        sport: 'run',
        providerSport: 'RUNNING',
        name: 'Morning Run',
        startTime: '2026-11-20T14:00:00.000Z',
        utcOffsetMinutes: -420,
        timeZone: null,
        elapsedSeconds: 2700,
        movingSeconds: null,
        distanceMetres: 8012.5,
        elevationGainMetres: 84.2,
        energyKcal: 612,
        energySource: 'provider',
        heartRateAvgBpm: 151,
        heartRateMaxBpm: 178,
        speedAvgMetresPerSecond: 2.967,
        speedMaxMetresPerSecond: 4.1,
        cadenceAvg: 172,
        steps: 7740,
        device: 'forerunner965',
        manual: false,
        metrics: { deviceClockOffsetSeconds: -25200, garminActivityId: '12000000037' },
      },
    ],
    [
      'a _V2 type, a multisport leg, a device clock 20 h ahead (beyond ±18 h: offset null)',
      garminRowingLegFixture,
      {
        sport: 'indoor_row',
        providerSport: 'INDOOR_ROWING_V2',
        utcOffsetMinutes: null,
        timeZone: null,
        energyKcal: 0,
        energySource: 'provider',
        manual: null,
        metrics: { deviceClockOffsetSeconds: 72000, parentSummaryId: '12000000099' },
      },
    ],
    [
      'an unknown type is other; a manual entry',
      garminUnknownTypeFixture,
      {
        sport: 'other',
        providerSport: 'HORSEBACK_RIDING_V3',
        utcOffsetMinutes: null,
        manual: true,
        energyKcal: null,
        energySource: null,
      },
    ],
  ])('%s', (_name, payload, expected) => {
    expect(mapGarminActivity(payload)).toMatchObject(expected);
  });

  it('maps the table, each type with its _V2 alias', () => {
    expect(GARMIN_SPORT_TYPES.TRAIL_RUNNING).toBe('trail_run');
    expect(GARMIN_SPORT_TYPES.TRAIL_RUNNING_V2).toBe('trail_run');
    expect(GARMIN_SPORT_TYPES.LAP_SWIMMING).toBe('swim');
    expect(GARMIN_SPORT_TYPES.OPEN_WATER_SWIMMING_V2).toBe('open_water_swim');
    expect(GARMIN_SPORT_TYPES.INDOOR_CYCLING).toBe('indoor_ride');
    expect(GARMIN_SPORT_TYPES.STRENGTH_TRAINING_V2).toBe('strength_training');
  });
});

describe('mapGarminSamples', () => {
  it('offsets from the start, gaps as null, run cadence', () => {
    const samples = mapGarminSamples(garminActivityDetailsFixture);
    expect(samples).toMatchObject({
      activityId: 'garmin:12000000037',
      startTime: '2026-11-20T14:00:00.000Z',
      series: {
        offsetsSeconds: [0, 1, 3],
        heartRateBpm: [98, 101, 104],
        cadence: [0, 160, 170],
        speedMetresPerSecond: [0, 2.1, 2.9],
        distanceMetres: [0, 2.1, 7.9],
        altitudeMetres: [1655.2, null, 1655.6],
        latlng: [[40.015, -105.2705], null, [40.01502, -105.27049]],
        temperatureCelsius: [null, -3.5, null],
      },
    });
    expect(samples?.series.powerWatts).toBeUndefined();
  });

  it('is null without samples, a ValidationError for a sample before the start', () => {
    expect(mapGarminSamples({ ...garminActivityDetailsFixture, samples: [] })).toBeNull();
    expect(() =>
      mapGarminSamples({
        ...garminActivityDetailsFixture,
        samples: [{ startTimeInSeconds: garminRunFixture.startTimeInSeconds - 5 }],
      }),
    ).toThrow(/before the activity start/);
  });
});

describe('mapGarminSleep', () => {
  it('stage seconds, the end, the score, the validation kept', () => {
    expect(mapGarminSleep(garminTentativeSleepFixture)).toMatchObject({
      id: 'garmin:x691f8c40-6540',
      startTime: '2026-11-20T05:52:00.000Z',
      endTime: '2026-11-20T12:52:00.000Z',
      utcOffsetMinutes: -420,
      durationSeconds: 25200,
      asleepSeconds: 23040,
      awakeSeconds: 2160,
      deepSeconds: 5040,
      lightSeconds: 12600,
      remSeconds: 5400,
      score: 81,
      respiratoryRate: 15,
      isNap: null,
      metrics: {
        validation: 'AUTO_TENTATIVE',
        calendarDate: '2026-11-20',
        unmeasurableSeconds: 0,
        scoreQualifier: 'GOOD',
        deviceClockOffsetSeconds: -25200,
      },
    });
    expect(mapGarminSleep(garminFinalSleepFixture).metrics.validation).toBe('AUTO_FINAL');
  });
});

describe('mapGarminDailySummary and mapGarminHrv', () => {
  it('a day: calendarDate as the day, energy, resting HR; a stress code is no value', () => {
    expect(mapGarminDailySummary(garminDailyFixture)).toMatchObject({
      id: 'garmin:2026-11-20',
      date: '2026-11-20',
      startTime: '2026-11-20T07:00:00.000Z',
      endTime: '2026-11-21T07:00:00.000Z',
      utcOffsetMinutes: -420,
      steps: 12840,
      distanceMetres: 10015,
      activeEnergyKcal: 820,
      energyKcal: 2530,
      restingHeartRateBpm: 48,
      hrvRmssdMs: null,
      metrics: {
        summaryId: 'sd3836f8e-691e5880-15180',
        stressMax: 88,
        bodyBatteryCharged: 62,
        bodyBatteryDrained: 71,
        floorsClimbed: 9,
        heartRate7DayAvgBpm: 63,
        moderateIntensitySeconds: 1800,
        vigorousIntensitySeconds: 2700,
      },
    });
    expect(mapGarminDailySummary(garminDailyFixture).metrics).not.toHaveProperty('stressAvg');
  });

  it('HRV: the night average as RMSSD for the day', () => {
    expect(mapGarminHrv(garminHrvFixture)).toMatchObject({
      id: 'garmin:hrv-2026-11-20',
      date: '2026-11-20',
      hrvRmssdMs: 48,
      metrics: { hrv5MinHighMs: 71 },
    });
  });
});

describe('mapGarminBodyComposition', () => {
  it('grams to kilograms', () => {
    expect(mapGarminBodyComposition(garminBodyCompositionFixture)).toEqual({
      id: 'garmin:bc-1795158000',
      provider: 'garmin',
      externalId: 'bc-1795158000',
      measuredAt: '2026-11-20T07:00:00.000Z',
      utcOffsetMinutes: -420,
      weightKilograms: 72.5,
      bodyMassIndex: 22.4,
      bodyFatPercent: 14.2,
      bodyWaterPercent: 58.1,
      muscleMassKilograms: 34.1,
      boneMassKilograms: 3.2,
    });
  });
});
