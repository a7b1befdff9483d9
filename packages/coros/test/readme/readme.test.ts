import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapCorosActivity } from '@fitlink/coros';
import { COROS_SANDBOX_OPEN_ID, createCorosFake } from '@fitlink/coros/testing';
import { describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const README = readFileSync(join(root, 'README.md'), 'utf8');
const DOCS = readFileSync(join(root, '..', '..', 'docs', 'providers', 'coros.md'), 'utf8');

describe('README', () => {
  it('contains the quick start verbatim, and it runs against the sandbox', async () => {
    const source = readFileSync(join(import.meta.dirname, 'quickstart.example.ts'), 'utf8');
    expect(README).toContain(source.trim());
    expect(DOCS).toContain(source.trim());
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await import('./quickstart.example.js');
    const fake = createCorosFake({ now: Date.parse('2026-11-22T12:00:00Z') });
    const expected = fake.activities
      .map((workout) => mapCorosActivity(workout))
      .filter((a) => Date.parse(a.startTime) >= Date.parse('2026-11-15T00:00:00Z'))
      .map((a) => [a.startTime, a.sport, Math.round(a.distanceMetres ?? 0)]);
    expect(expected.length).toBeGreaterThan(0);
    const last = fake.activities[fake.activities.length - 1];
    if (last === undefined) throw new Error('the fake has no workouts');
    expect(log.mock.calls).toEqual([
      ...expected,
      [`coros:activity:${COROS_SANDBOX_OPEN_ID}:42`, mapCorosActivity(last).sport],
      [200, { message: 'ok', result: '0000' }],
    ]);
    log.mockRestore();
  });

  it('says which facts are unconfirmed and configurable', () => {
    expect(README).toMatch(/unconfirmed/i);
    expect(README).toContain('timeUnit');
    expect(README).toContain('calorieUnit');
  });
});
