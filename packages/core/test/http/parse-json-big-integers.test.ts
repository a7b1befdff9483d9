import { describe, expect, it } from 'vitest';
import { parseJsonKeepingBigIntegers } from '../../src/index.js';

describe('parseJsonKeepingBigIntegers', () => {
  it('keeps integers beyond 2^53 as their decimal strings, and nothing else changes', () => {
    expect(
      parseJsonKeepingBigIntegers(
        '{"id":1234567890987654321,"n":-9007199254740993,"safe":9007199254740991,"x":1.5e3,"s":"12345678901234567890","nested":[461734982359384066]}',
      ),
    ).toEqual({
      id: '1234567890987654321',
      n: '-9007199254740993',
      safe: 9007199254740991,
      x: 1500,
      s: '12345678901234567890',
      nested: ['461734982359384066'],
    });
  });
  it('leaves digits inside strings alone, escaped quotes included', () => {
    expect(
      parseJsonKeepingBigIntegers('{"a":"\\"12345678901234567890","b":12345678901234567890}'),
    ).toEqual({
      a: '"12345678901234567890',
      b: '12345678901234567890',
    });
  });
  it('throws SyntaxError on text that is not JSON', () => {
    expect(() => parseJsonKeepingBigIntegers('{"id":12345678901234567890')).toThrow(SyntaxError);
    expect(() => parseJsonKeepingBigIntegers('nope')).toThrow(SyntaxError);
  });
});
