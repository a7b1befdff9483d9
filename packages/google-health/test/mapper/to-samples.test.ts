import { type GoogleHealthHeartRate, mapGoogleHealthHeartRate } from '@fitlink/google-health';
import { describe, expect, it } from 'vitest';

const sample = (physicalTime: string, beatsPerMinute: string): GoogleHealthHeartRate => ({
  beatsPerMinute,
  sampleTime: { physicalTime, utcOffset: '-25200s' },
});

describe('mapGoogleHealthHeartRate', () => {
  it('keeps the samples inside the activity, oldest first, offsets in seconds, bad values as gaps', () => {
    const samples = mapGoogleHealthHeartRate(
      [
        sample('2026-11-18T14:03:10Z', '151'),
        sample('2026-11-18T14:02:10Z', '120'),
        sample('2026-11-18T14:01:00Z', '90'),
        sample('2026-11-18T14:02:40Z', '0'),
        sample('2026-11-18T15:30:00Z', '100'),
      ],
      {
        activity: {
          id: 'google-health:5083141962461696123',
          startTime: '2026-11-18T14:02:10.000Z',
          elapsedSeconds: 2910,
        },
      },
    );
    expect(samples).toEqual({
      activityId: 'google-health:5083141962461696123',
      provider: 'google-health',
      startTime: '2026-11-18T14:02:10.000Z',
      series: { offsetsSeconds: [0, 30, 60], heartRateBpm: [120, null, 151] },
    });
  });
});
