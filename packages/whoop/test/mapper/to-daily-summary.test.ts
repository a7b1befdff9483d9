import {
  mapWhoopCycle,
  mapWhoopRecovery,
  whoopCycleSchema,
  whoopRecoverySchema,
  whoopSleepSchema,
} from '@fitlink/whoop';
import {
  whoopCycleFixtures,
  whoopRecoveryFixtures,
  whoopSleepFixtures,
} from '@fitlink/whoop/testing';
import { describe, expect, it } from 'vitest';

const cycle = (name: keyof typeof whoopCycleFixtures) =>
  whoopCycleSchema.parse(whoopCycleFixtures[name]);
const recovery = (name: keyof typeof whoopRecoveryFixtures) =>
  whoopRecoverySchema.parse(whoopRecoveryFixtures[name]);

describe('mapWhoopCycle and mapWhoopRecovery', () => {
  it.each([
    [
      'scored day with its recovery',
      () => mapWhoopCycle(cycle('scoredDay'), { recovery: recovery('scored') }),
      {
        id: 'whoop:1093845120',
        date: '2026-10-04',
        startTime: '2026-10-04T04:41:00.000Z',
        endTime: '2026-10-05T04:12:00.000Z',
        utcOffsetMinutes: -360,
        strain: 14.2875,
        energyKcal: 2600,
        recoveryScore: 67,
        restingHeartRateBpm: 52,
        hrvRmssdMs: 61.482,
        spo2Percent: 96.35,
        skinTemperatureCelsius: 33.84,
        readinessScore: null,
        steps: null,
        metrics: {
          cycleScoreState: 'SCORED',
          averageHeartRateBpm: 71,
          maxHeartRateBpm: 178,
          recoveryScoreState: 'SCORED',
          sleepId: '8d1c5e7a-2b94-4f3e-b6a0-51c9d2e8f734',
          userCalibrating: false,
        },
      },
    ],
    [
      'current (open) cycle with a pending recovery',
      () => mapWhoopCycle(cycle('current'), { recovery: recovery('pending') }),
      {
        id: 'whoop:1093845121',
        date: '2026-10-05',
        endTime: null,
        strain: 3.1046,
        energyKcal: 1000,
        recoveryScore: null,
        hrvRmssdMs: null,
        metrics: {
          cycleScoreState: 'SCORED',
          averageHeartRateBpm: 64,
          maxHeartRateBpm: 122,
          recoveryScoreState: 'PENDING_SCORE',
          sleepId: '1e6f0b4d-7a38-4c92-8d15-f3a2c9e07b56',
        },
      },
    ],
    [
      'UNSCORABLE day that began after local midnight in Berlin',
      () => mapWhoopCycle(cycle('unscorableBerlin')),
      {
        id: 'whoop:1093845140',
        date: '2026-10-25',
        utcOffsetMinutes: 120,
        strain: null,
        energyKcal: null,
        metrics: { cycleScoreState: 'UNSCORABLE' },
      },
    ],
    [
      'recovery with its sleep (day = the morning it ends in)',
      () =>
        mapWhoopRecovery(recovery('scored'), {
          sleep: whoopSleepSchema.parse(whoopSleepFixtures.scoredNight),
        }),
      {
        id: 'whoop:1093845120',
        date: '2026-10-04',
        startTime: null,
        utcOffsetMinutes: -360,
        strain: null,
        recoveryScore: 67,
        restingHeartRateBpm: 52,
      },
    ],
    [
      'recovery with its cycle (same record as the cycle mapper)',
      () => mapWhoopRecovery(recovery('scored'), { cycle: cycle('scoredDay') }),
      { id: 'whoop:1093845120', strain: 14.2875, recoveryScore: 67 },
    ],
  ])('maps a %s', (_, map, expected) => {
    expect(map()).toMatchObject({ provider: 'whoop', ...expected });
  });
});
