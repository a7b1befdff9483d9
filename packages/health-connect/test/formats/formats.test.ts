import { ValidationError } from '@fitlink/core';
import {
  defineHealthConnectFormat,
  HEALTH_CONNECT_FORMATS,
  readHealthConnectBatch,
} from '@fitlink/health-connect';
import {
  createHealthConnectFake,
  healthConnectFlatRecordsFixtures,
  toHealthConnectFlatRecords,
} from '@fitlink/health-connect/testing';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { setUp } from '../helpers.js';

const flat = HEALTH_CONNECT_FORMATS['flat-records'];

describe('flat-records format', () => {
  it('km/kJ/kg and mi/kcal/lb batches give the same SI values', () => {
    const metric = readHealthConnectBatch(healthConnectFlatRecordsFixtures.metric, flat);
    const imperial = readHealthConnectBatch(healthConnectFlatRecordsFixtures.imperial, flat);
    const [a] = metric.dailySummaries.map(({ record }) => record);
    const [b] = imperial.dailySummaries.map(({ record }) => record);
    expect(a).toMatchObject({ date: '2026-05-09', steps: 7300, restingHeartRateBpm: 52 });
    expect(a?.distanceMetres).toBeCloseTo(8400, 6);
    expect(b?.distanceMetres).toBeCloseTo(8400, 2);
    expect(a?.activeEnergyKcal).toBeCloseTo(310.5, 6);
    expect(b?.activeEnergyKcal).toBe(310.5);
    expect(a?.metrics.weightKg).toBe(72.4);
    expect(b?.metrics.weightKg).toBeCloseTo(72.4, 3);
    expect(b?.steps).toBe(a?.steps);
    expect(b?.restingHeartRateBpm).toBe(a?.restingHeartRateBpm);
  });

  it('accepts and reports a type fitlink does not map', () => {
    expect(
      readHealthConnectBatch(healthConnectFlatRecordsFixtures.imperial, flat).unmappedTypes,
    ).toEqual(['body_fat']);
  });

  it('keeps the record’s external id as its identity', () => {
    const batch = readHealthConnectBatch(healthConnectFlatRecordsFixtures.metric, flat);
    expect(batch.records.resting_heart_rate?.[0]?.metadata?.id).toBe('rhr-2026-05-09');
  });

  it.each([
    ['an unknown unit', { unit: 'stone' }, ['records', 0, 'unit']],
    ['a text value', { value: 'heavy' }, ['records', 0, 'value']],
    ['an end before the start', { end_time_ms: 0 }, ['records', 0, 'end_time_ms']],
  ])('rejects %s with a ValidationError naming the path', (_name, change, path) => {
    const body = {
      records: [
        {
          record_type: 'weight',
          value: 72.4,
          unit: 'kg',
          start_time_ms: 1778310600000,
          end_time_ms: 1778310600000,
          ...change,
        },
      ],
    };
    const error = (() => {
      try {
        readHealthConnectBatch(body, flat);
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toEqual(path);
  });

  it('reads what the HC Webhook fake renders, in either unit system, to the same days', () => {
    const [batch] = createHealthConnectFake({
      now: Date.parse('2026-11-22T12:00:00Z'),
      days: 7,
    }).batches.slice(-1);
    if (batch === undefined) throw new Error('no batch');
    const direct = readHealthConnectBatch(batch, HEALTH_CONNECT_FORMATS['hc-webhook']);
    const viaImperial = readHealthConnectBatch(
      toHealthConnectFlatRecords(batch, { units: 'imperial' }),
      flat,
    );
    const pick = (summaries: typeof direct.dailySummaries) =>
      summaries.map(({ record }) => [
        record.date,
        record.steps,
        record.restingHeartRateBpm,
        record.hrvRmssdMs,
        Math.round((record.activeEnergyKcal ?? 0) * 1000) / 1000,
      ]);
    expect(pick(viaImperial.dailySummaries)).toEqual(pick(direct.dailySummaries));
  });

  it('is served by the same handler when the app selects it', async () => {
    const { post, delivered } = await setUp({ format: 'flat-records' });
    expect((await post(healthConnectFlatRecordsFixtures.metric)).status).toBe(200);
    expect(delivered[0]?.batch.format).toBe('flat-records');
  });
});

describe('a format of the app’s own', () => {
  const stepsOnly = defineHealthConnectFormat({
    name: 'steps-only',
    schema: z.object({ day: z.iso.date(), steps: z.number() }),
    read: (body) => ({
      records: {
        steps: [
          {
            count: body.steps,
            start_time: `${body.day}T00:00:00Z`,
            end_time: `${body.day}T23:59:59Z`,
          },
        ],
      },
      unmappedTypes: [],
    }),
  });

  it('plugs into the client without touching the shipped formats', async () => {
    const { post, delivered } = await setUp({ format: stepsOnly });
    expect((await post({ day: '2026-05-09', steps: 123 })).status).toBe(200);
    expect(delivered[0]?.batch.dailySummaries[0]?.record.steps).toBe(123);
    expect(Object.keys(HEALTH_CONNECT_FORMATS)).toEqual(['hc-webhook', 'flat-records']);
  });
});
