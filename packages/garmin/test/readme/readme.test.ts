import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapGarminActivity, mapGarminSleep } from '@fitlink/garmin';
import { createGarminFake } from '@fitlink/garmin/testing';
import { SANDBOX_USER } from '@fitlink/testing';
import { describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const README = readFileSync(join(root, 'README.md'), 'utf8');
const DOCS = readFileSync(join(root, '..', '..', 'docs', 'providers', 'garmin.md'), 'utf8');

describe('README', () => {
  it('contains the quick start verbatim, and it runs against the sandbox', async () => {
    const source = readFileSync(join(import.meta.dirname, 'quickstart.example.ts'), 'utf8');
    expect(README).toContain(source.trim());
    expect(DOCS).toContain(source.trim());
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await import('./quickstart.example.js');
    const now = Date.parse('2026-11-20T12:00:00Z');
    const since = Date.parse('2026-11-13T00:00:00Z');
    const fake = createGarminFake({ now });
    const inWeek = (start: string) => Date.parse(start) >= since && Date.parse(start) < now;
    const activities = fake.activities
      .map((a) => mapGarminActivity(a))
      .filter((a) => inWeek(a.startTime))
      .map((a) => [a.startTime, a.sport, a.utcOffsetMinutes]);
    const nights = fake.sleeps
      .map((s) => mapGarminSleep(s))
      .filter((s) => inWeek(s.startTime))
      .map((s) => [s.startTime, s.asleepSeconds, s.metrics.validation]);
    expect(activities.length).toBeGreaterThan(0);
    expect(log.mock.calls).toEqual([[SANDBOX_USER.id], ...activities, ...nights]);
    log.mockRestore();
  });

  it('says what is uncertain and configurable', () => {
    for (const text of [
      'token-exchange',
      'tokenExchangeUrl',
      'maxDaysPerRequest',
      '2026-12-31',
      'garmin-client-id',
    ])
      expect(README).toContain(text);
  });
});
