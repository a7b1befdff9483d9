import { decodeSmashrunPolyline, encodeSmashrunPolyline } from '@fitlink/smashrun';
import { describe, expect, it } from 'vitest';

describe('Google encoded polylines', () => {
  // The worked example of Google's algorithm page.
  const points: [number, number][] = [
    [38.5, -120.2],
    [40.7, -120.95],
    [43.252, -126.453],
  ];

  it('encodes and decodes the reference example', () => {
    expect(encodeSmashrunPolyline(points)).toBe('_p~iF~ps|U_ulLnnqC_mqNvxq`@');
    expect(decodeSmashrunPolyline('_p~iF~ps|U_ulLnnqC_mqNvxq`@')).toEqual(points);
  });

  it('round-trips small steps and rejects a truncated string', () => {
    const track: [number, number][] = [
      [40.015, -105.2705],
      [40.01501, -105.27049],
      [40.00001, -105.00001],
    ];
    expect(decodeSmashrunPolyline(encodeSmashrunPolyline(track))).toEqual(track);
    expect(encodeSmashrunPolyline([])).toBe('');
    expect(() => decodeSmashrunPolyline('_p~iF~ps|U_')).toThrow(RangeError);
  });
});
