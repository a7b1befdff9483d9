import { validatePayload } from '@fitlink/core';
import { googleHealthDataPointSchema } from '@fitlink/google-health';
import { createGoogleHealthFake } from '@fitlink/google-health/testing';
import { describe, expect, it } from 'vitest';

describe('createGoogleHealthFake', () => {
  const data = createGoogleHealthFake({
    seed: 3,
    now: Date.parse('2026-11-20T12:00:00Z'),
    days: 30,
  });

  it('renders every point in the schema’s shape', () => {
    for (const [dataType, points] of Object.entries(data.dataPoints)) {
      for (const point of points) {
        expect(() =>
          validatePayload(googleHealthDataPointSchema, point, {
            provider: 'google-health',
            endpoint: dataType,
          }),
        ).not.toThrow();
      }
    }
  });

  it('has Google’s quirks: ids beyond 2^53, int64 strings, omitted true zeros, classic nights', () => {
    const ids = (data.dataPoints.exercise ?? []).map((p) => p.name?.split('/').at(-1) ?? '');
    expect(
      ids.every((id) => /^\d{19}$/.test(id) && BigInt(id) > BigInt(Number.MAX_SAFE_INTEGER)),
    ).toBe(true);
    expect(
      typeof data.dataPoints.exercise?.[0]?.exercise?.metricsSummary
        ?.averageHeartRateBeatsPerMinute,
    ).toBe('string');
    expect(
      (data.dataPoints.steps ?? []).some(
        (p) => p.steps !== undefined && p.steps.count === undefined,
      ),
    ).toBe(true);
    expect((data.dataPoints.sleep ?? []).some((p) => p.sleep?.type === 'CLASSIC')).toBe(true);
  });

  it('is deterministic for a seed', () => {
    const again = createGoogleHealthFake({
      seed: 3,
      now: Date.parse('2026-11-20T12:00:00Z'),
      days: 30,
    });
    expect(again).toEqual(data);
  });
});
