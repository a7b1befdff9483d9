import { describe, expect, it } from 'vitest';
import {
  ErrorCodes,
  FitlinkError,
  inRange,
  type ResolvedRange,
  resolveRange,
} from '../../src/index.js';
import { createFakeClock } from '../fake-clock.js';

const clock = createFakeClock(Date.parse('2026-11-22T10:00:00Z'));
const at = (iso: string) => new Date(iso);
const invalid = expect.objectContaining({ code: ErrorCodes.invalidArgument });

describe('resolveRange', () => {
  it('defaults until to the clock, never to the wall clock, and keeps since optional', () => {
    const open = resolveRange({}, clock);
    expect(open).toEqual({ until: at('2026-11-22T10:00:00.000Z') });
    expect('since' in open).toBe(false);
    const since = at('2026-11-01T00:00:00Z');
    const resolved = resolveRange({ since }, clock);
    expect(resolved).toEqual({ since, until: at('2026-11-22T10:00:00.000Z') });
    expect(resolved.since).not.toBe(since);
  });

  it('keeps an explicit until, even one after the clock', () => {
    const until = at('2027-01-01T00:00:00Z');
    expect(resolveRange({ until }, clock)).toEqual({ until });
  });

  it('refuses since >= until and invalid dates with invalid_argument', () => {
    const day = at('2026-11-01T00:00:00Z');
    expect(() => resolveRange({ since: day, until: day }, clock)).toThrow(invalid);
    expect(() => resolveRange({ since: at('2026-12-01T00:00:00Z') }, clock)).toThrow(invalid);
    expect(() => resolveRange({ since: new Date('nope') }, clock)).toThrow(invalid);
    expect(() => resolveRange({ until: new Date('nope') }, clock)).toThrow(invalid);
    expect(() => resolveRange({ since: day, until: at('2026-10-01T00:00:00Z') }, clock)).toThrow(
      FitlinkError,
    );
  });
});

describe('inRange', () => {
  const range: ResolvedRange = {
    since: at('2026-11-01T00:00:00Z'),
    until: at('2026-11-02T00:00:00Z'),
  };

  it.each([
    ['since itself (inclusive)', '2026-11-01T00:00:00Z', true],
    ['just before since', '2026-10-31T23:59:59.999Z', false],
    ['until itself (exclusive)', '2026-11-02T00:00:00.000Z', false],
    ['just before until', '2026-11-01T23:59:59.999Z', true],
    ['an offset, same instant as since', '2026-11-01T01:00:00+01:00', true],
    ['an offset, before since', '2026-11-01T00:59:59+01:00', false],
    ['epoch milliseconds', Date.parse('2026-11-01T12:00:00Z'), true],
    ['a Date', at('2026-11-01T12:00:00Z'), true],
    ['a string without offset (unreadable)', '2026-11-01T12:00:00', false],
    ['garbage', 'yesterday', false],
    ['NaN', Number.NaN, false],
    ['an invalid Date', new Date('nope'), false],
  ])('%s', (_name, instant, expected) => {
    expect(inRange(instant, range)).toBe(expected);
  });

  it('has no lower bound without since', () => {
    expect(inRange('1970-01-01T00:00:00Z', { until: range.until })).toBe(true);
    expect(inRange('2026-11-02T00:00:00Z', { until: range.until })).toBe(false);
  });
});
