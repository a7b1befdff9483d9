import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapGoogleHealthExercise } from '@fitlink/google-health';
import { createGoogleHealthFake } from '@fitlink/google-health/testing';
import { describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const README = readFileSync(join(root, 'README.md'), 'utf8');
const DOCS = readFileSync(join(root, '..', '..', 'docs', 'providers', 'google-health.md'), 'utf8');

describe('README', () => {
  it('contains the quick start verbatim, and it runs against the sandbox', async () => {
    const source = readFileSync(join(import.meta.dirname, 'quickstart.example.ts'), 'utf8');
    expect(README).toContain(source.trim());
    expect(DOCS).toContain(source.trim());
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await import('./quickstart.example.js');
    const fake = createGoogleHealthFake({ now: Date.parse('2026-11-20T12:00:00Z') });
    const expected = (fake.dataPoints.exercise ?? [])
      .flatMap((p) => (p.exercise ? [mapGoogleHealthExercise({ ...p, exercise: p.exercise })] : []))
      .filter((a) => Date.parse(a.startTime) >= Date.parse('2026-11-17T00:00:00Z'))
      .reverse()
      .map((a) => [a.startTime, a.sport, Math.round(a.distanceMetres ?? 0)]);
    expect(expected.length).toBeGreaterThan(0);
    const calls = log.mock.calls;
    expect(calls[0]).toEqual(['1d4e9c2ab7f04e55', '7QXB2K']);
    expect(calls.slice(1, 1 + expected.length)).toEqual(expected);
    const days = calls.slice(1 + expected.length);
    expect(days.map((call) => call[0])).toEqual(['2026-11-19', '2026-11-18', '2026-11-17']);
  });

  it('says which facts are uncertain and that Fitbit is gone', () => {
    expect(README).toMatch(/410/);
    expect(README).toMatch(/uncertain/i);
    expect(README).toContain('2026-11-02');
  });
});
