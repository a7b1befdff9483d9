import { mapGoogleHealthSleep } from '@fitlink/google-health';
import { googleHealthSleepFixtures } from '@fitlink/google-health/testing';
import { describe, expect, it } from 'vitest';

describe('mapGoogleHealthSleep', () => {
  it('sums stage segments to exact seconds (stages night)', () => {
    expect(mapGoogleHealthSleep(googleHealthSleepFixtures.stages)).toMatchObject({
      id: 'google-health:4611686018427387904',
      startTime: '2026-11-18T05:40:00.000Z',
      endTime: '2026-11-18T13:10:00.000Z',
      utcOffsetMinutes: -420,
      durationSeconds: 27_000,
      lightSeconds: 14_280,
      deepSeconds: 4500,
      remSeconds: 7020,
      asleepSeconds: 25_800,
      awakeSeconds: 1200,
      latencySeconds: 720,
      efficiencyPercent: 95.6,
      isNap: false,
      metrics: { sleepType: 'STAGES', stagesStatus: 'SUCCEEDED', afterWakeSeconds: 180 },
    });
  });

  it('a classic nap has no light/deep/REM split: null, not 0', () => {
    expect(mapGoogleHealthSleep(googleHealthSleepFixtures.classicNap)).toMatchObject({
      durationSeconds: 3000,
      asleepSeconds: 2700,
      awakeSeconds: 0,
      lightSeconds: null,
      deepSeconds: null,
      remSeconds: null,
      isNap: true,
      metrics: { sleepType: 'CLASSIC', restlessSeconds: 300 },
    });
  });

  it('a sleep still processing keeps its times and nulls the rest', () => {
    expect(mapGoogleHealthSleep(googleHealthSleepFixtures.processing)).toMatchObject({
      durationSeconds: 27_000,
      asleepSeconds: null,
      awakeSeconds: null,
      lightSeconds: null,
      efficiencyPercent: null,
      latencySeconds: null,
      isNap: null,
    });
  });

  it('falls back to Google’s per-stage minutes when there are no segments', () => {
    const { stages: _segments, ...sleep } = googleHealthSleepFixtures.stages.sleep;
    expect(mapGoogleHealthSleep({ ...googleHealthSleepFixtures.stages, sleep })).toMatchObject({
      lightSeconds: 14_280,
      deepSeconds: 4500,
      remSeconds: 7020,
      awakeSeconds: 1200,
    });
  });
});
