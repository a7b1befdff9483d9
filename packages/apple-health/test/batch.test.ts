import { appleHealthExportSchema, readAppleHealthBatch } from '@fitlink/apple-health';
import { appleHealthExportFixtures } from '@fitlink/apple-health/testing';
import { describe, expect, it } from 'vitest';

const read = (body: unknown) => readAppleHealthBatch(appleHealthExportSchema.parse(body));

describe('readAppleHealthBatch', () => {
  it('a km/kJ/kg/°C batch and a mi/kcal/lb/°F batch give the same records', () => {
    expect(read(appleHealthExportFixtures.imperialPhone)).toEqual(
      read(appleHealthExportFixtures.metricPhone),
    );
  });

  it('keys workouts by id, sleeps by first asleep instant, samples by metric, instant and source', () => {
    const batch = read(appleHealthExportFixtures.metricPhone);
    expect(batch.activities.map((entry) => entry.record.id)).toEqual([
      'apple-health:0C5E2F7A-1B3D-4E6F-8A9B-0C1D2E3F4A5B',
    ]);
    expect(batch.samples.map((entry) => entry.key)).toEqual(
      batch.activities.map((entry) => entry.key),
    );
    expect(batch.sleeps.map((entry) => entry.record.externalId)).toEqual([
      'sleep-2026-08-26T03:12:00.000Z',
    ]);
    const keys = batch.metricSamples.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(batch.unknownMetrics).toEqual([]);
    expect(batch.issues).toEqual([]);
  });

  it('gives the same keys when the same data comes again', () => {
    const keys = (body: unknown) => {
      const batch = read(body);
      return [...batch.activities, ...batch.sleeps, ...batch.metricSamples].map(
        (entry) => entry.key,
      );
    };
    expect(keys(appleHealthExportFixtures.metricPhone)).toEqual(
      keys(appleHealthExportFixtures.metricPhone),
    );
  });

  it('keeps one record per key when a batch repeats an entry', () => {
    const body = structuredClone(appleHealthExportFixtures.metricPhone);
    const workouts = body.data.workouts;
    if (!workouts?.[0]) throw new Error('the metric phone fixture has a workout');
    workouts.push(structuredClone(workouts[0]));
    expect(read(body).activities).toHaveLength(1);
  });

  it('lists what it could not read with paths, and maps the rest', () => {
    const batch = read({
      data: {
        metrics: [
          {
            name: 'step_count',
            units: 'count',
            data: [{ date: '2026-08-26 08:00:00 -0400', qty: 1 }, { qty: 2 }],
          },
          {
            name: 'sleep_analysis',
            units: 'hr',
            data: [{ sleepStart: 'soon-ish, maybe', sleepEnd: 'later on today' }],
          },
        ],
        workouts: [
          {
            id: 'W1',
            name: 'Yoga',
            start: '2026-08-26 06:00:00',
            end: '2026-08-26 07:00:00 -0400',
          },
        ],
      },
    });
    expect(batch.metricSamples).toHaveLength(1);
    expect(batch.issues.map((issue) => issue.path)).toEqual([
      ['data', 'metrics', 0, 'data', 1],
      ['data', 'metrics', 1, 'data', 0],
      ['data', 'workouts', 0],
    ]);
  });
});
