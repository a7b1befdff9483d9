import { parsePolarIsoDuration, parsePolarProtobufDuration } from '@fitlink/polar';
import { describe, expect, it } from 'vitest';

describe('durations', () => {
  it.each([
    ['80s', 80],
    ['0s', 0],
    ['3.000000001s', 3.000000001],
    ['1.5s', 1.5],
    ['-1.5s', -1.5],
    ['86400.999999999s', 86400.999999999],
    ['1.5', null],
    ['PT1S', null],
    ['1.0000000001s', null],
    ['', null],
  ])('protobuf %j → %j', (text, seconds) => {
    expect(parsePolarProtobufDuration(text)).toBe(seconds);
  });

  it.each([
    ['PT2H44M45S', 9885],
    ['PT0.5S', 0.5],
    ['PT45M', 2700],
    ['P1DT2H', 93_600],
    ['PT0S', 0],
    ['P1Y', null],
    ['P1W', null],
    ['PT', null],
    ['P', null],
    ['80s', null],
  ])('ISO 8601 %j → %j', (text, seconds) => {
    expect(parsePolarIsoDuration(text)).toBe(seconds);
  });

  it('reads absent values as null', () => {
    expect(parsePolarProtobufDuration(undefined)).toBeNull();
    expect(parsePolarIsoDuration(null)).toBeNull();
  });
});
