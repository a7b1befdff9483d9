import { mapSmashrunSamples } from '@fitlink/smashrun';
import { smashrunExtendedRunFixture, smashrunManualRunFixture } from '@fitlink/smashrun/testing';
import { describe, expect, it } from 'vitest';

describe('mapSmashrunSamples', () => {
  it('turns recording keys and parallel values into SI series, -1 into null', () => {
    const samples = mapSmashrunSamples(smashrunExtendedRunFixture);
    expect(samples).toEqual({
      activityId: 'smashrun:30000004',
      provider: 'smashrun',
      startTime: '2026-10-01T14:12:00.000Z',
      series: {
        offsetsSeconds: [0, 10, 20, 30],
        distanceMetres: [0, 30, 60, 90],
        latlng: [[44.5, -93.25], [44.50027, -93.25], null, [44.50081, -93.25]],
        altitudeMetres: [251.2, 251.4, 251.9, 252.3],
        heartRateBpm: [98, 104, null, 112],
        cadence: [160, 168, 170, 171],
        speedMetresPerSecond: [0, 3, 3, 3],
      },
    });
  });

  it('gives null for a run without a recording', () => {
    expect(mapSmashrunSamples(smashrunManualRunFixture)).toBeNull();
  });

  it('rejects series of different lengths with the series path', () => {
    const broken = {
      ...smashrunExtendedRunFixture,
      recordingKeys: ['clock', 'heartRate'],
      recordingValues: [
        [0, 1, 2],
        [100, 101],
      ],
    };
    expect(() => mapSmashrunSamples(broken)).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['series', 'heartRateBpm'] })],
      }),
    );
  });
});
