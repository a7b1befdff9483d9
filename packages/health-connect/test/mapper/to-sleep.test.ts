import { mapHealthConnectSleep, readHealthConnectSleepStage } from '@fitlink/health-connect';
import { healthConnectSleepFixtures } from '@fitlink/health-connect/testing';
import { describe, expect, it } from 'vitest';

describe('mapHealthConnectSleep', () => {
  it('sums stage codes per kind and computes the start from end and length', () => {
    expect(mapHealthConnectSleep(healthConnectSleepFixtures.staged)).toMatchObject({
      id: 'health-connect:1778277600000',
      startTime: '2026-05-08T22:00:00.000Z',
      endTime: '2026-05-09T05:30:00.000Z',
      utcOffsetMinutes: null,
      timeZone: null,
      durationSeconds: 27_000,
      lightSeconds: 14_400,
      deepSeconds: 5400,
      remSeconds: 5400,
      awakeSeconds: 1800,
      asleepSeconds: 25_200,
      efficiencyPercent: 93.3,
    });
  });

  it('keeps every stage field null for a session sent without stages', () => {
    expect(mapHealthConnectSleep(healthConnectSleepFixtures.summaryOnly)).toMatchObject({
      startTime: '2026-05-09T23:00:00.000Z',
      durationSeconds: 25_200,
      asleepSeconds: null,
      lightSeconds: null,
      deepSeconds: null,
      remSeconds: null,
      awakeSeconds: null,
      efficiencyPercent: null,
    });
  });

  it('counts "sleeping" (no stage) as asleep but gives no light/deep/REM split', () => {
    const sleep = mapHealthConnectSleep({
      session_end_time: '2026-05-09T06:00:00Z',
      duration_seconds: 3600,
      stages: [
        {
          stage: 2,
          start_time: '2026-05-09T05:00:00Z',
          end_time: '2026-05-09T06:00:00Z',
        },
      ],
    });
    expect(sleep).toMatchObject({ asleepSeconds: 3600, lightSeconds: null, deepSeconds: null });
  });

  it('uses Health Connect’s record id when the exporter sends it', () => {
    const sleep = mapHealthConnectSleep({
      ...healthConnectSleepFixtures.summaryOnly,
      metadata: { id: 'a1b2c3' },
    });
    expect(sleep.externalId).toBe('a1b2c3');
  });

  it.each([
    ['4', 'light'],
    ['5', 'deep'],
    ['6', 'rem'],
    ['7', 'awake_in_bed'],
    ['STAGE_TYPE_REM', 'rem'],
    ['deep', 'deep'],
    ['42', 'unknown'],
  ])('reads stage %s as %s', (stage, expected) => {
    expect(readHealthConnectSleepStage(stage)).toBe(expected);
  });
});
