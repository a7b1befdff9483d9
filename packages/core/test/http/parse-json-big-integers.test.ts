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

describe('parseJsonKeepingBigIntegers, the paths it takes', () => {
  it('parses once when the 16-digit runs are floats or sit in strings', () => {
    expect(
      parseJsonKeepingBigIntegers('{"a":0.30000000000000004,"s":"ref 12345678901234567890"}'),
    ).toEqual({ a: 0.30000000000000004, s: 'ref 12345678901234567890' });
  });
  it('keeps a big number written as a float or with an exponent as a number', () => {
    expect(parseJsonKeepingBigIntegers('{"e":1e20,"f":12345678901234567890.5}')).toEqual({
      e: 1e20,
      f: Number('12345678901234567890.5'),
    });
  });
  it('quotes big integers whatever the spacing, in arrays, at the top level and at the end', () => {
    expect(
      parseJsonKeepingBigIntegers('[ 12345678901234567890 ,\n\t-12345678901234567890]'),
    ).toEqual(['12345678901234567890', '-12345678901234567890']);
    expect(parseJsonKeepingBigIntegers(' 12345678901234567890 ')).toBe('12345678901234567890');
  });
  it('falls back to scanning when a string holds what looks like a value position', () => {
    const text =
      '{"note":"x:12345678901234567890,y","id":12345678901234567891,"k":"[ 99999999999999999 ]"}';
    expect(parseJsonKeepingBigIntegers(text)).toEqual({
      note: 'x:12345678901234567890,y',
      id: '12345678901234567891',
      k: '[ 99999999999999999 ]',
    });
  });
  it('gives the same result as the scanner on random JSON with big integers', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let round = 0; round < 200; round++) {
      const parts: string[] = [];
      for (let i = 0; i < 8; i++) {
        const digits = String(next()).padEnd(17 + (next() % 4), String(next() % 10));
        const kind = next() % 4;
        if (kind === 0) parts.push(`"k${i}":${digits}`);
        else if (kind === 1) parts.push(`"k${i}":"s:${digits},"`);
        else if (kind === 2) parts.push(`"k${i}":[${digits}, 0.${digits}]`);
        else parts.push(`"k${i}":-${digits}`);
      }
      const text = `{${parts.join(',')}}`;
      const parsed = parseJsonKeepingBigIntegers(text) as Record<string, unknown>;
      // Every integer literal of 16+ digits came back as its exact text.
      for (const match of text.matchAll(/"(k\d)":(-?\d{16,})(?=[,}])/g)) {
        expect(parsed[match[1] ?? '']).toBe(match[2]);
      }
    }
  });
});

describe('parseJsonKeepingBigIntegers on deep JSON', () => {
  it('keeps a big integer nested deeper than a recursive walk can go', () => {
    const depth = 20_000;
    const text = `${'['.repeat(depth)}12345678901234567890${']'.repeat(depth)}`;
    let value = parseJsonKeepingBigIntegers(text);
    for (let level = 0; level < depth; level++) value = (value as unknown[])[0];
    expect(value).toBe('12345678901234567890');
  });
});
