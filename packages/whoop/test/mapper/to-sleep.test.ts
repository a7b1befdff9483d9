import { mapWhoopSleep, whoopSleepSchema } from '@fitlink/whoop';
import { whoopSleepFixtures } from '@fitlink/whoop/testing';
import { describe, expect, it } from 'vitest';

describe('mapWhoopSleep', () => {
  it.each([
    [
      'scored night (milliseconds to seconds)',
      whoopSleepFixtures.scoredNight,
      {
        id: 'whoop:8d1c5e7a-2b94-4f3e-b6a0-51c9d2e8f734',
        startTime: '2026-10-04T04:41:00.000Z',
        endTime: '2026-10-04T12:53:00.000Z',
        utcOffsetMinutes: -360,
        durationSeconds: 29_520,
        asleepSeconds: 27_360,
        awakeSeconds: 2160,
        lightSeconds: 13_320,
        deepSeconds: 6120,
        remSeconds: 7920,
        latencySeconds: null,
        efficiencyPercent: 92.68,
        score: 94,
        respiratoryRate: 15.2,
        isNap: false,
        metrics: {
          scoreState: 'SCORED',
          cycleId: '1093845120',
          consistencyPercent: 81,
          disturbances: 7,
          sleepCycles: 5,
          noDataSeconds: 0,
          sleepNeedSeconds: 29_250,
          sleepNeedBaselineSeconds: 27_900,
        },
      },
    ],
    [
      'UNSCORABLE nap (times only)',
      whoopSleepFixtures.unscorableNap,
      {
        isNap: true,
        durationSeconds: 1800,
        asleepSeconds: null,
        deepSeconds: null,
        efficiencyPercent: null,
        score: null,
        respiratoryRate: null,
        metrics: { scoreState: 'UNSCORABLE', cycleId: '1093845120' },
      },
    ],
  ])('maps a %s', (_, fixture, expected) => {
    expect(mapWhoopSleep(whoopSleepSchema.parse(fixture))).toMatchObject({
      provider: 'whoop',
      ...expected,
    });
  });
});
