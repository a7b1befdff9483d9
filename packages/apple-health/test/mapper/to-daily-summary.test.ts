import {
  appleHealthMetricSchema,
  mapAppleHealthDailySummaries,
  mapAppleHealthMetric,
} from '@fitlink/apple-health';
import { appleHealthExportFixtures } from '@fitlink/apple-health/testing';
import { describe, expect, it } from 'vitest';

const samplesOf = (metrics: readonly unknown[]) =>
  metrics.flatMap((metric) => mapAppleHealthMetric(appleHealthMetricSchema.parse(metric)).samples);

describe('mapAppleHealthMetric', () => {
  it('converts every sample from the unit string, per sample offset', () => {
    const { samples, issues, known } = mapAppleHealthMetric(
      appleHealthMetricSchema.parse({
        name: 'walking_running_distance',
        units: 'mi',
        data: [{ date: '2026-08-26 12:00:00 -0400', qty: 5, source: 'iPhone' }],
      }),
    );
    expect(known).toBe(true);
    expect(issues).toEqual([]);
    expect(samples).toEqual([
      {
        key: expect.any(String),
        metric: 'walking_running_distance',
        time: '2026-08-26T16:00:00.000Z',
        utcOffsetMinutes: -240,
        localDate: '2026-08-26',
        value: 8046.72,
        min: null,
        max: null,
        unit: 'm',
        converted: true,
        source: 'iPhone',
      },
    ]);
  });

  it('accepts an unknown metric and keeps its samples in the phone unit', () => {
    const { samples, known } = mapAppleHealthMetric(
      appleHealthMetricSchema.parse(
        appleHealthExportFixtures.unknownAndPassThrough.data.metrics[0],
      ),
    );
    expect(known).toBe(false);
    expect(samples[0]).toMatchObject({
      metric: 'time_in_daylight',
      value: 42,
      unit: 'min',
      converted: false,
    });
  });

  it('reads blood pressure as two metrics in mmHg', () => {
    const { samples } = mapAppleHealthMetric(
      appleHealthMetricSchema.parse(
        appleHealthExportFixtures.unknownAndPassThrough.data.metrics[1],
      ),
    );
    expect(samples.map((sample) => [sample.metric, sample.value, sample.unit])).toEqual([
      ['blood_pressure_systolic', 118, 'mmHg'],
      ['blood_pressure_diastolic', 76, 'mmHg'],
    ]);
  });

  it('reports a sample it cannot read instead of throwing', () => {
    const { samples, issues } = mapAppleHealthMetric(
      appleHealthMetricSchema.parse({
        name: 'step_count',
        units: 'count',
        data: [
          { date: '2026-08-26 08:00:00 -0400', qty: 10 },
          { date: 'last tuesday at noon', qty: 5 },
          { qty: 3 },
        ],
      }),
    );
    expect(samples).toHaveLength(1);
    expect(issues).toEqual([
      { path: ['data', 1, 'date'], message: 'unreadable date' },
      { path: ['data', 2], message: 'expected { date, qty }' },
    ]);
  });
});

describe('mapAppleHealthDailySummaries', () => {
  it('builds the day from the metric phone with exact SI values', () => {
    const [day] = mapAppleHealthDailySummaries(
      samplesOf(appleHealthExportFixtures.metricPhone.data.metrics),
    );
    expect(day).toMatchObject({
      id: 'apple-health:2026-08-26',
      date: '2026-08-26',
      utcOffsetMinutes: -240,
      steps: 2220,
      distanceMetres: 8046.72,
      activeEnergyKcal: 500,
      energyKcal: 2000,
      restingHeartRateBpm: 52,
      hrvRmssdMs: null,
      spo2Percent: 97,
      metrics: { hrvSdnnMs: 61.5, weightKilograms: 68.0388555, basalEnergyKcal: 1500 },
    });
  });

  it('gives the same day for a km/kJ/kg phone and a mi/kcal/lb phone', () => {
    const metric = mapAppleHealthDailySummaries(
      samplesOf(appleHealthExportFixtures.metricPhone.data.metrics),
    );
    const imperial = mapAppleHealthDailySummaries(
      samplesOf(appleHealthExportFixtures.imperialPhone.data.metrics),
    );
    expect(imperial).toEqual(metric);
  });

  it("puts a traveller's samples on the local day written on each", () => {
    const days = mapAppleHealthDailySummaries(
      samplesOf(appleHealthExportFixtures.traveller.data.metrics),
    );
    expect(days.map((day) => [day.date, day.steps])).toEqual([['2026-08-26', 1200]]);
  });

  it('counts a sample sent twice once', () => {
    const samples = samplesOf(appleHealthExportFixtures.metricPhone.data.metrics);
    expect(mapAppleHealthDailySummaries([...samples, ...samples])).toEqual(
      mapAppleHealthDailySummaries(samples),
    );
  });
});
